using System.Net;
using System.Net.Sockets;

/// <summary>
/// A loopback peer that accepts connections, remembers the first line each sends (a proxy CONNECT names its target),
/// and never answers: a black-holed network, a hung server, or a proxy that goes nowhere.
/// </summary>
internal sealed class Trap : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<Socket> _held = [];
    private readonly List<string> _firstLines = [];
    private readonly CancellationTokenSource _stopping = new();

    public Trap()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Connections
    {
        get
        {
            lock (_held)
            {
                return _held.Count;
            }
        }
    }

    public IReadOnlyList<string> FirstLines
    {
        get
        {
            lock (_held)
            {
                return [.. _firstLines];
            }
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _listener.Stop();
        lock (_held)
        {
            _held.ForEach(s => s.Dispose());
        }
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var socket = await _listener.AcceptSocketAsync(_stopping.Token);
                lock (_held)
                {
                    _held.Add(socket);
                }

                _ = ReadFirstLineAsync(socket);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private async Task ReadFirstLineAsync(Socket socket)
    {
        var buffer = new byte[256];
        try
        {
            var read = await socket.ReceiveAsync(buffer, _stopping.Token);
            var text = System.Text.Encoding.ASCII.GetString(buffer, 0, read);
            lock (_held)
            {
                _firstLines.Add(text.Split('\n')[0].Trim());
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped, or the peer went away.
        }
    }
}
