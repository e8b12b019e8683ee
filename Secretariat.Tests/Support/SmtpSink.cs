using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Secretariat.Tests.Support;

/// <summary>
/// A real SMTP server on a local port for the test run (the SmtpServer package): it keeps what it accepts as parsed
/// MIME messages, and can refuse the next N messages or every message (451, a temporary failure) to exercise retries.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;
    private int refuseNext;

    public int Port { get; }
    public ConcurrentQueue<MimeMessage> Messages { get; } = new();
    public bool RefuseAll { get; set; }
    public int Refused;

    public SmtpSink()
    {
        Port = Sinks.FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Port(Port).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    public void RefuseNext(int count) => Interlocked.Exchange(ref refuseNext, count);

    public IReadOnlyList<MimeMessage> To(string address) =>
        Messages.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>Waits until the sink holds at least <paramref name="count"/> messages matching, or fails after the timeout.</summary>
    public Task<IReadOnlyList<MimeMessage>> WaitForAsync(Func<MimeMessage, bool> match, int count, TimeSpan? timeout = null) =>
        Sinks.WaitForAsync(Messages, match, count, timeout);


    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try { await running; } catch (OperationCanceledException) { }
        stop.Dispose();
    }

    private sealed class Store(SmtpSink sink) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            if (sink.RefuseAll || Interlocked.Decrement(ref sink.refuseNext) >= 0)
            {
                Interlocked.Increment(ref sink.Refused);
                return Task.FromResult(new SmtpResponse((SmtpReplyCode)451, "local error in processing, try later"));
            }
            using var stream = new MemoryStream(buffer.ToArray());
            sink.Messages.Enqueue(MimeMessage.Load(stream));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
