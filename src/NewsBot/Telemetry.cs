using System.Diagnostics;

namespace NewsBot;

/// <summary>The one activity source for NewsBot's spans: ingest, retrieve, answer.</summary>
internal static class Telemetry
{
    public static readonly ActivitySource Source = new("NewsBot");
}
