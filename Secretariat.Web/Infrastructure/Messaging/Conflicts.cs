using Wolverine;

namespace Secretariat.Web.Infrastructure.Messaging;

public static class Conflicts
{
    /// <summary>Marten's optimistic concurrency failures (the stream moved on since it was read).</summary>
    public static bool IsConcurrencyConflict(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x.GetType().Name.Contains("Concurrency") || x.GetType().Name.Contains("UnexpectedMaxEventId") ||
                x.GetType().Name.Contains("ExistingStreamIdCollision")) return true;
        return false;
    }

    /// <summary>Sends a command; a concurrent change that won the race becomes a refusal with <paramref name="message"/>.</summary>
    public static async Task<CommandResult> InvokeAsync(this IMessageBus bus, object command, string message, CancellationToken ct)
    {
        try
        {
            return await bus.InvokeAsync<CommandResult>(command, ct);
        }
        catch (Exception e) when (IsConcurrencyConflict(e))
        {
            return CommandResult.Refused(message);
        }
    }
}
