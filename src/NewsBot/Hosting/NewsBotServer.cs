using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace NewsBot.Hosting;

/// <summary>
/// Runs the bot. A start that fails for a reason the reader can fix — the port is taken, a setting is invalid — ends
/// with one line saying what to change and exit code 1, instead of the host's logged stack trace. The port is tried
/// before the coverage loads, so a taken one is reported at once rather than after a long index build.
/// </summary>
public static class NewsBotServer
{
    public const int StartFailed = 1;

    /// <summary>The category the generic host logs a failed start under (at Error, with the exception).</summary>
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    public static async Task<int> RunAsync(string[] args, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Locate(args) });
        var started = false;

        // Until the bot is listening, a failure is reported below, once; after that the host logs as usual.
        builder.Logging.AddFilter(HostCategory, level => level >= LogLevel.Information && (started || level < LogLevel.Error));
        builder.AddNewsBot();

        var app = builder.Build();
        await using (app.ConfigureAwait(false))
        {
            app.MapNewsBot();
            try
            {
                ThrowIfTaken(app.Configuration[WebHostDefaults.ServerUrlsKey]);
                await app.StartAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (Explain(ex) is { } message)
            {
                await error.WriteLineAsync(message).ConfigureAwait(false);
                return StartFailed;
            }
#pragma warning disable CA1031 // Anything else that stops the start is shown in full, since the host's own report of it was held back.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                await error.WriteLineAsync($"NewsBot failed to start: {ex}").ConfigureAwait(false);
                return StartFailed;
            }

            started = true;
            await app.WaitForShutdownAsync().ConfigureAwait(false);
            return 0;
        }
    }

    /// <summary>One line for a failed start the reader can fix, or null.</summary>
    internal static string? Explain(Exception exception) => exception switch
    {
        IOException { InnerException: AddressInUseException } =>
            $"NewsBot cannot start: {exception.Message.TrimEnd('.')}. Stop the program using that port, or choose another with the Urls setting (--urls http://localhost:3979).",
        OptionsValidationException validation => $"NewsBot cannot start: {string.Join(" ", validation.Failures)}",

        // A value the binder cannot convert ("Coverage:Store=Postgress"): its message names the setting and the value.
        InvalidOperationException { InnerException: FormatException format } when exception.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
            $"NewsBot cannot start: {exception.Message} {format.Message}",
        _ => null,
    };

    /// <summary>Binds each address the bot is configured to listen on for a moment, and throws as Kestrel would if one is taken.</summary>
    private static void ThrowIfTaken(string? urls)
    {
        foreach (var url in (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) || uri.Port <= 0)
            {
                continue;
            }

            var address = uri.IsLoopback ? IPAddress.Loopback : IPAddress.TryParse(uri.Host, out var ip) ? ip : null;
            if (address is null)
            {
                continue;
            }

            using var probe = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                probe.Bind(new IPEndPoint(address, uri.Port));
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                throw new IOException($"Failed to bind to address {url}: port {uri.Port} is already in use.", new AddressInUseException(ex.Message, ex));
            }
        }
    }
}
