/// <summary>The suite's figures: what was measured, the figure, what it must be, and whether it is.</summary>
internal sealed class Report
{
    private readonly List<(string Check, string Figure, string Target, bool Met)> _rows = [];

    public bool AllMet => _rows.All(r => r.Met);

    public void Add(string check, string figure, string target, bool met)
    {
        lock (_rows)
        {
            _rows.Add((check, figure, target, met));
        }

        Console.Error.WriteLine($"[{(met ? "ok" : "FAIL")}] {check}: {figure} (target: {target})");
    }

    public string Markdown() =>
        string.Join(Environment.NewLine, _rows.Select(r => $"| {r.Check} | {r.Figure} | {r.Target} | {(r.Met ? "yes" : "**no**")} |")
            .Prepend("|---|---|---|---|")
            .Prepend("| Check | Measured | Target | Met |"));
}
