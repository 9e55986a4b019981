using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Tests.Infrastructure;

/// <summary>Real Kestrel listeners on loopback, each on a port the system picks (<c>http://127.0.0.1:0</c>).</summary>
internal static class Loopback
{
    public const string AnyPort = "http://127.0.0.1:0";

    /// <summary>The address a started app is listening on, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public static string AddressOf(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
