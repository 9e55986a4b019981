namespace NewsBot.Hosting;

/// <summary>How <see cref="CoverageLoader"/> starts: the bot serves its published generation first; the verbs read the sources first.</summary>
internal sealed record CoverageStartup(bool SourcesBehind);
