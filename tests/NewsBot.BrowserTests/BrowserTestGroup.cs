namespace NewsBot.BrowserTests;

/// <summary>The browser tests run one at a time: each starts Chromium and Node.js programs, heavy on a 2-core machine.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup
{
    public const string Name = "Browser";
}
