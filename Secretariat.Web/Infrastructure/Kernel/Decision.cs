using JasperFx.Events;

namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>A command was refused: nothing changes, and the clerk reads why (in Chinese).</summary>
public sealed record Refusal(string Message);

/// <summary>What every decision function returns: the event it decided, or the refusal that stops it.</summary>
public readonly struct Decision<TEvent> where TEvent : class
{
    public TEvent? Event { get; }
    public Refusal? Refusal { get; }

    private Decision(TEvent? @event, Refusal? refusal) => (Event, Refusal) = (@event, refusal);

    public bool IsRefused => Refusal is not null;

    public static implicit operator Decision<TEvent>(TEvent @event) => new(@event, null);
    public static implicit operator Decision<TEvent>(Refusal refusal) => new(null, refusal);

    /// <summary>The result for the caller; the event itself goes to the stream through <see cref="DecidedStreams"/>.</summary>
    public CommandResult Result => Refusal is { } refusal ? CommandResult.Refused(refusal.Message) : CommandResult.Done;

    /// <summary>The decided event as a one-element list for an aggregate handler, or nothing when refused.</summary>
    public IEnumerable<object> Events => Event is null ? [] : [Event];

    /// <summary>What an aggregate handler returns: the result for the caller, and the event to append (if decided).</summary>
    public (CommandResult, Events) Outcome => (Result, new Events(Events));
}

public static class Decisions
{
    /// <summary>An aggregate handler's outcome: "not found" when the stream does not exist, else the decision on it.</summary>
    public static (CommandResult, Events) On<TAggregate, TEvent>(TAggregate? aggregate, string notFound, Func<TAggregate, Decision<TEvent>> decide)
        where TAggregate : class where TEvent : class =>
        aggregate is null ? (CommandResult.Refused(notFound), []) : decide(aggregate).Outcome;
}

public static class DecidedStreams
{
    /// <summary>Appends what a decision produced to its stream, or reports its refusal; nothing is appended then.</summary>
    public static CommandResult Append<TAggregate, TEvent>(this IEventStream<TAggregate> stream, Decision<TEvent> decided)
        where TAggregate : class where TEvent : class
    {
        if (decided.Event is { } @event) stream.AppendOne(@event);
        return decided.Result;
    }
}
