using System.Net;
using System.Net.Sockets;

namespace Secretariat.Web.Features.Notifications;

/// <summary>
/// Where a notice may go, so that a town's 管理员 cannot make the server call into its own network (blind SSRF):
/// <list type="bullet">
/// <item>a robot's webhook only to a host of <c>Notifications:RobotHosts</c> (default: the public 钉钉 and 企业微信 APIs,
/// <c>oapi.dingtalk.com</c> and <c>qyapi.weixin.qq.com</c>; an entry <c>*.example.gov.cn</c> takes that domain's hosts);</item>
/// <item>no notice, robot or mail, to a loopback, private, link-local, shared or otherwise internal address, unless
/// <c>Notifications:PrivateNetworks</c> names its network (<c>10.20.0.0/16</c> for an internal mail relay, <c>127.0.0.1</c> in tests).</item>
/// </list>
/// The address is checked when the connection is made, on the address actually connected to (a name that resolves to
/// 127.0.0.1, or changes its answer after the check, gains nothing); robots' redirects are not followed.
/// </summary>
public sealed class OutboundHosts
{
    public static readonly IReadOnlyList<string> DefaultRobotHosts = ["oapi.dingtalk.com", "qyapi.weixin.qq.com"];

    public IReadOnlyList<string> RobotHosts { get; }
    public IReadOnlyList<System.Net.IPNetwork> PrivateNetworks { get; }

    public OutboundHosts(IReadOnlyList<string> robotHosts, IReadOnlyList<System.Net.IPNetwork> privateNetworks)
    {
        RobotHosts = robotHosts.Select(h => h.Trim().TrimEnd('.').ToLowerInvariant()).Where(h => h.Length > 0).ToList();
        PrivateNetworks = privateNetworks;
    }

    public static OutboundHosts From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Notifications");
        var robots = List(section, "RobotHosts");
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in List(section, "PrivateNetworks"))
        {
            if (System.Net.IPNetwork.TryParse(entry, out var network)) networks.Add(network);
            else if (IPAddress.TryParse(entry, out var single)) networks.Add(new System.Net.IPNetwork(single, single.AddressFamily == AddressFamily.InterNetwork ? 32 : 128));
            else throw new InvalidOperationException($"Notifications:PrivateNetworks: “{entry}” is not a network (10.0.0.0/8) or an address.");
        }
        return new OutboundHosts(robots.Count > 0 ? robots : DefaultRobotHosts, networks);
    }

    /// <summary>A list setting as a comma-separated value (environment variables) or as an array (appsettings.json).</summary>
    private static List<string> List(IConfigurationSection section, string key) =>
        (section[key] is { Length: > 0 } text ? text.Split(',', ';') : section.GetSection(key).GetChildren().Select(c => c.Value ?? ""))
        .Select(v => v.Trim()).Where(v => v.Length > 0).ToList();

    /// <summary>Whether a robot's webhook may name this host (a configured name, a subdomain of a <c>*.</c> entry, or a configured address).</summary>
    public bool IsRobotHost(string host)
    {
        var name = host.Trim().TrimEnd('.').ToLowerInvariant().Trim('[', ']');
        return RobotHosts.Any(entry => entry.StartsWith("*.", StringComparison.Ordinal)
            ? name.EndsWith(entry[1..], StringComparison.Ordinal) && name.Length > entry.Length - 1
            : name == entry.Trim('[', ']'));
    }

    /// <summary>The refusal of a webhook's host, naming the field (null when it is allowed).</summary>
    public string? RobotProblem(Uri webhook, string what)
    {
        if (!IsRobotHost(webhook.Host))
            return $"{what}只能指向允许的主机（{string.Join("、", RobotHosts)}）；其他主机须由系统管理员在配置 Notifications:RobotHosts 中加入。";
        if (IPAddress.TryParse(webhook.Host.Trim('[', ']'), out var address) && !IsAllowed(address))
            return $"{what}指向本机或内网地址 {address}；须由系统管理员在配置 Notifications:PrivateNetworks 中允许。";
        return null;
    }

    /// <summary>The refusal of a mail server given as an internal address (a name is checked when the mail is sent).</summary>
    public string? MailProblem(string host, string what) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var address) && !IsAllowed(address)
            ? $"{what} {address} 是本机或内网地址；内网的邮件中继须由系统管理员在配置 Notifications:PrivateNetworks 中允许。"
            : null;

    /// <summary>A public address, or an internal one inside a configured network.</summary>
    public bool IsAllowed(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return !IsInternal(address) || PrivateNetworks.Any(n => n.Contains(address) ||
            (address.AddressFamily == AddressFamily.InterNetwork && n.Contains(address.MapToIPv6())));
    }

    /// <summary>Loopback, private (RFC 1918, unique local), link-local, shared (100.64/10), unspecified, multicast, reserved or documentation ranges.</summary>
    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return true;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] is 0 or 10 or 127 || b[0] >= 224
                   || b[0] == 100 && b[1] is >= 64 and <= 127
                   || b[0] == 169 && b[1] == 254
                   || b[0] == 172 && b[1] is >= 16 and <= 31
                   || b[0] == 192 && b[1] == 168
                   || b[0] == 192 && b[1] == 0 && b[2] is 0 or 2
                   || b[0] == 198 && b[1] is 18 or 19
                   || b[0] == 198 && b[1] == 51 && b[2] == 100
                   || b[0] == 203 && b[1] == 0 && b[2] == 113;
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any)) return true;
            if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal) return true;
            var b = address.GetAddressBytes();
            // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address: judged by it.
            if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b) return IsInternal(new IPAddress(b[12..16]));
            if (b[0] == 0x20 && b[1] == 0x02) return IsInternal(new IPAddress(b[2..6]));
            // Documentation (2001:db8::/32).
            return b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8;
        }
        return true;
    }

    /// <summary>The first allowed address of a host (resolved now), or a refusal naming the host and what was found.</summary>
    public async Task<IPAddress> ResolveAsync(string host, CancellationToken ct)
    {
        IPAddress[] addresses;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal)) addresses = [literal];
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(host, ct);
            }
            catch (SocketException e)
            {
                throw new NotificationNotDelivered($"无法解析主机 {host}：{e.Message}", e);
            }
        }
        return addresses.FirstOrDefault(IsAllowed)
               ?? throw new OutboundRefused($"主机 {host}（{string.Join("、", addresses.Select(a => a.ToString()))}）是本机或内网地址，不发送；" +
                                            "如确需发往内网，请由系统管理员在配置 Notifications:PrivateNetworks 中允许该网段。");
    }

    /// <summary>A connected socket to an allowed address of the host (what robots' HTTP connections and mail connections go through).</summary>
    public async Task<Socket> ConnectAsync(string host, int port, CancellationToken ct)
    {
        var address = await ResolveAsync(host, ct);
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(address, port, ct);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The robots' HTTP handler: every connection through <see cref="ConnectAsync"/>, no redirect followed.</summary>
    public SocketsHttpHandler Handler() => new()
    {
        AllowAutoRedirect = false,
        ConnectCallback = async (context, ct) => new NetworkStream(await ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, ct), ownsSocket: true)
    };
}

/// <summary>A notice refused by <see cref="OutboundHosts"/> (retried like any failure: the settings or the configuration may change meanwhile).</summary>
public sealed class OutboundRefused(string message) : NotificationNotDelivered(message);

/// <summary>
/// A robot's credential in its webhook address (钉钉 <c>access_token</c>, 企业微信 <c>key</c>): kept encrypted beside the address
/// without it, shown masked, kept when the masked address is posted back.
/// </summary>
public static class WebhookTokens
{
    public static readonly string[] Parameters = ["access_token", "key"];

    /// <summary>What the page shows in place of a stored credential.</summary>
    public const string Mask = "******";

    /// <summary>The address without its credential parameter, and that parameter's name and value (null when it has none, or only the mask).</summary>
    public static (string Url, string? Parameter, string? Token) Split(string webhook)
    {
        var uri = new Uri(webhook);
        var query = uri.Query.TrimStart('?');
        string? parameter = null, token = null;
        var kept = new List<string>();
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(pair.Split('=', 2)[0]);
            if (parameter is null && Parameters.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                parameter = name;
                var value = pair.Contains('=') ? Uri.UnescapeDataString(pair.Split('=', 2)[1].Replace('+', ' ')) : "";
                token = value.Length == 0 || value == Mask ? null : value;
                continue;
            }
            kept.Add(pair);
        }
        var builder = new UriBuilder(uri) { Query = string.Join("&", kept) };
        return (builder.Uri.AbsoluteUri, parameter, token);
    }

    /// <summary>The address to call: the stored one with its credential put back.</summary>
    public static string Join(string url, string? parameter, string? token) =>
        parameter is null || token is null ? url : url + (url.Contains('?') ? "&" : "?") + $"{parameter}={Uri.EscapeDataString(token)}";

    /// <summary>The credential is still in the address in plain text (saved by an earlier release).</summary>
    public static bool IsPlain(RobotSettings robot) => robot.ProtectedToken is null && Split(robot.WebhookUrl).Token is not null;

    /// <summary>The address as the page shows it: any credential masked (also one stored in plain text before it was encrypted).</summary>
    public static string Masked(RobotSettings robot)
    {
        var (url, parameter, token) = Split(robot.WebhookUrl);
        var name = robot.TokenParameter ?? parameter;
        return robot.ProtectedToken is not null || token is not null ? url + (url.Contains('?') ? "&" : "?") + $"{name ?? Parameters[0]}={Mask}" : url;
    }
}
