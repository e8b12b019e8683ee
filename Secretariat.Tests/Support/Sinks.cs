using System.Net;
using System.Net.Sockets;

namespace Secretariat.Tests.Support;

/// <summary>What the local stand-ins for outside services (SMTP, robots) share: a free port, and waiting for what arrives.</summary>
public static class Sinks
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until <paramref name="count"/> received items match, or returns what matched when the time is up.</summary>
    public static async Task<IReadOnlyList<T>> WaitForAsync<T>(IEnumerable<T> received, Func<T, bool> match, int count, TimeSpan? timeout)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var found = received.Where(match).ToList();
            if (found.Count >= count || DateTime.UtcNow > until) return found;
            await Task.Delay(100);
        }
    }
}
