using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Entente.Cli.Commands;

/// <summary>Reads HOST:PORT (a name, an IPv4 address, or an IPv6 address in brackets) into an endpoint to send to.</summary>
internal static class UdpEndpointText
{
    public static IPEndPoint Parse(string text, string option)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new CommandInputException($"{option} '{text}' is not HOST:PORT, e.g. 127.0.0.1:10110.");
        }

        var host = text[..colon];
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }

        if (IPAddress.TryParse(host, out var address))
        {
            return new IPEndPoint(address, port);
        }

        IPAddress[] addresses;
        try
        {
            addresses = Dns.GetHostAddresses(host);
        }
        catch (Exception ex) when (ex is SocketException or ArgumentException)
        {
            throw new CommandInputException($"{option}: cannot resolve '{host}': {ex.Message}", ex);
        }

        // IPv4 first: a name such as localhost often resolves to both, and receivers commonly listen on IPv4 only.
        var chosen = addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses.FirstOrDefault()
            ?? throw new CommandInputException($"{option}: '{host}' has no address.");
        return new IPEndPoint(chosen, port);
    }
}
