using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Secretariat.Tests.Support;

/// <summary>One message a group robot received: its path, query and JSON body.</summary>
public sealed record RobotMessage(string Path, string Query, JsonElement Body)
{
    public string Text => Body.GetProperty("text").GetProperty("content").GetString() ?? "";
}

/// <summary>
/// A local HTTP endpoint standing in for the 钉钉 and 企业微信 robots. Under /dingtalk it checks 加签 as 钉钉's
/// documentation states it (sign = urlencode(base64(HMAC-SHA256(secret, timestamp + "\n" + secret))), timestamp in ms,
/// within an hour) and answers errcode 310000 when it does not match; under /wecom it takes any message.
/// </summary>
public sealed class RobotSink : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task running;

    public string DingTalkSecret { get; } = "SEC" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
    public int Port { get; }
    public ConcurrentQueue<RobotMessage> Accepted { get; } = new();
    public int Rejected;

    public string DingTalkUrl => $"http://127.0.0.1:{Port}/dingtalk/robot/send?access_token=test-token";
    public string WeComUrl => $"http://127.0.0.1:{Port}/wecom/cgi-bin/webhook/send?key=test-key";

    public RobotSink()
    {
        Port = Sinks.FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        running = Task.Run(ServeAsync);
    }

    public static string ExpectedSign(long timestamp, string secret)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return WebUtility.UrlEncode(Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "\n" + secret))));
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception) { return; }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var path = context.Request.Url!.AbsolutePath;
            var query = context.Request.Url.Query;
            string answer;
            if (path.StartsWith("/dingtalk", StringComparison.Ordinal) && !SignatureMatches(query))
            {
                Interlocked.Increment(ref Rejected);
                answer = """{"errcode":310000,"errmsg":"sign not match"}""";
            }
            else
            {
                Accepted.Enqueue(new RobotMessage(path, query, JsonDocument.Parse(body).RootElement.Clone()));
                answer = """{"errcode":0,"errmsg":"ok"}""";
            }
            var bytes = Encoding.UTF8.GetBytes(answer);
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    /// <summary>The raw (still URL-encoded) sign in the query, compared with the one computed from its timestamp.</summary>
    private bool SignatureMatches(string query)
    {
        var pairs = query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        if (!pairs.TryGetValue("timestamp", out var ts) || !long.TryParse(ts, out var timestamp) || !pairs.TryGetValue("sign", out var sign)) return false;
        if (Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - timestamp) > 3_600_000) return false;
        return string.Equals(WebUtility.UrlDecode(sign), WebUtility.UrlDecode(ExpectedSign(timestamp, DingTalkSecret)), StringComparison.Ordinal);
    }

    public Task<IReadOnlyList<RobotMessage>> WaitForAsync(Func<RobotMessage, bool> match, int count, TimeSpan? timeout = null) =>
        Sinks.WaitForAsync(Accepted, match, count, timeout);


    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        try { await running; } catch (Exception) { }
    }
}
