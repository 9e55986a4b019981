namespace NewsBot.Tests.Browser;

/// <summary>
/// A test in a real browser: skipped, with the reason, where <see cref="BrowserEnvironment"/> finds something missing,
/// unless <c>NEWSBOT_REQUIRE_BROWSER</c> is set (then it runs and fails on what is missing).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserEnvironment.MissingReason is { } reason && !BrowserEnvironment.Required)
        {
            Skip = "Browser test skipped: " + reason;
        }
    }
}
