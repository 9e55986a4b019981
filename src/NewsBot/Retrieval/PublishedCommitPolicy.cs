using System.Globalization;
using Lucene.Net.Index;

namespace NewsBot.Retrieval;

/// <summary>
/// Keeps two Lucene commits: the newest, and the one of the generation published last (named in the store's manifest).
/// A commit is written before the manifest flips to it, so until the flip the published commit must survive: a crash
/// between the two leaves the published commit to reopen, and the newer one is rolled back.
/// </summary>
internal sealed class PublishedCommitPolicy : IndexDeletionPolicy
{
    public const string GenerationKey = "generation";

    /// <summary>The generation the manifest names; its commit is kept.</summary>
    public long Published { get; set; }

    public static long GenerationOf(IndexCommit commit) => GenerationOf(commit.UserData);

    /// <summary>The generation recorded in a commit's user data (or a writer's, for its next commit); -1 when none is.</summary>
    public static long GenerationOf(IDictionary<string, string> userData) =>
        userData.TryGetValue(GenerationKey, out var value) && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var generation)
            ? generation
            : -1;

    public override void OnInit<T>(IList<T> commits) => OnCommit(commits);

    public override void OnCommit<T>(IList<T> commits)
    {
        ArgumentNullException.ThrowIfNull(commits);

        // Commits come oldest first; the last is the newest.
        for (var i = 0; i < commits.Count - 1; i++)
        {
            if (GenerationOf(commits[i]) != Published)
            {
                commits[i].Delete();
            }
        }
    }
}
