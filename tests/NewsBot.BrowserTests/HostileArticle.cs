using System.Text.Json.Nodes;

namespace NewsBot.BrowserTests;

/// <summary>
/// An article whose text, headline and source are full of Markdown and HTML, with a <c>javascript:</c> URL, served
/// beside the seeds: a client must show all of it as the article's own characters, and run none of it.
/// </summary>
internal static class HostileArticle
{
    public const string Question = "how many crates did crews move from the pier?";
    public const string Quote = "The harbour office said crews moved 5*3 crates of `cargo` from pier_7 [north] to <b>shed</b> & <script>alert(1)</script> before dawn.";
    public const string Headline = "Pier_7 *crates* [moved] <img src=x onerror=alert(1)> \"at dawn\"";

    /// <summary>Writes the article as a JSON Lines corpus file into <paramref name="folder"/>.</summary>
    public static void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        var record = new JsonObject
        {
            ["id"] = "hostile",
            ["title"] = Headline,
            ["date"] = "2024-03-05",
            ["source"] = "The **Harbour** <Gazette>",
            ["url"] = "javascript:alert(6)",
            ["text"] = $"{Quote} The union welcomed the move.",
        };
        File.WriteAllText(Path.Combine(folder, "hostile.jsonl"), record.ToJsonString() + "\n");
    }
}
