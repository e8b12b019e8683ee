namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>A command was refused: nothing changes, and the clerk reads why (in Chinese).</summary>
public sealed record Refusal(string Message);

/// <summary>What a decision returns when it yields one event: the event, or the refusal that stops it (<see cref="Decided"/>: several).</summary>
public readonly struct Decision<TEvent> where TEvent : class
{
    public TEvent? Event { get; }
    public Refusal? Refusal { get; }

    private Decision(TEvent? @event, Refusal? refusal) => (Event, Refusal) = (@event, refusal);

    public bool IsRefused => Refusal is not null;

    public static implicit operator Decision<TEvent>(TEvent @event) => new(@event, null);
    public static implicit operator Decision<TEvent>(Refusal refusal) => new(null, refusal);

    /// <summary>The result for the caller; the event itself goes to the stream as the handler's <see cref="Outcome"/>.</summary>
    public CommandResult Result => CommandResult.Of(Refusal);

    /// <summary>The decided event as a one-element list for an aggregate handler, or nothing when refused.</summary>
    public IEnumerable<object> Events => Event is null ? [] : [Event];

    /// <summary>What an aggregate handler returns: the result for the caller, and the event to append (if decided).</summary>
    public (CommandResult, Events) Outcome => (Result, new Events(Events));
}

/// <summary>The events a decision puts on one stream; <see cref="Starts"/> names the aggregate of a stream the decision starts.</summary>
public sealed record DecidedStream(Guid Id, Type? Starts, IReadOnlyList<object> Events);

/// <summary>
/// What a decision returns when it yields several events, on one stream or on several: each stream with its events, in order (a
/// stream it starts is marked, so that one already there fails the commit), or the refusal that stops them all.
/// <see cref="Decision{TEvent}"/> is the one-event case. The handler hands it to <see cref="DecidedStreams.Append"/> (several
/// streams) or returns its <see cref="Outcome"/> (the events of its one aggregate).
/// </summary>
public sealed class Decided
{
    private Decided(Refusal? refusal, IReadOnlyList<DecidedStream> streams) => (Refusal, Streams) = (refusal, streams);

    public Refusal? Refusal { get; }
    public IReadOnlyList<DecidedStream> Streams { get; }
    public bool IsRefused => Refusal is not null;

    /// <summary>Every event decided, stream after stream.</summary>
    public IEnumerable<object> Events => Streams.SelectMany(s => s.Events);

    /// <summary>The decided events of one type, in order.</summary>
    public IReadOnlyList<TEvent> Of<TEvent>() => Events.OfType<TEvent>().ToList();

    /// <summary>The events decided for one stream (none when refused or when the stream is not one of the decision's).</summary>
    public IReadOnlyList<object> On(Guid streamId) => Streams.Where(s => s.Id == streamId).SelectMany(s => s.Events).ToList();

    public static implicit operator Decided(Refusal refusal) => new(refusal, []);

    /// <summary>Events for a stream that exists (or that the handler fetched for writing: a new one then starts with them).</summary>
    public static Decided Append(Guid streamId, params IEnumerable<object> events) => new Decided(null, []).AndAppend(streamId, events);

    /// <summary>Events that start a new stream of <typeparamref name="TAggregate"/>.</summary>
    public static Decided Start<TAggregate>(Guid streamId, params IEnumerable<object> events) where TAggregate : class =>
        new Decided(null, []).AndStart<TAggregate>(streamId, events);

    public Decided AndAppend(Guid streamId, params IEnumerable<object> events) => With(new DecidedStream(streamId, null, [.. events]));

    public Decided AndStart<TAggregate>(Guid streamId, params IEnumerable<object> events) where TAggregate : class =>
        With(new DecidedStream(streamId, typeof(TAggregate), [.. events]));

    /// <summary>Both decisions' streams, or the refusal of either (this one's first).</summary>
    public Decided And(Decided other) => IsRefused ? this : other.IsRefused ? other : new Decided(null, [.. Streams, .. other.Streams]);

    private Decided With(DecidedStream stream) =>
        IsRefused ? throw new InvalidOperationException("A refused decision has no events.") : new Decided(null, [.. Streams, stream]);

    public CommandResult Result => CommandResult.Of(Refusal);

    /// <summary>What an aggregate handler returns when every decided event is its aggregate's: the result, and the events to append.</summary>
    public (CommandResult, Events) Outcome => Streams.Select(s => s.Id).Distinct().Count() > 1
        ? throw new InvalidOperationException("A decision on several streams goes to the session (DecidedStreams.Append), not to one aggregate.")
        : (Result, new Events(Events));
}

public static class Decisions
{
    /// <summary>An aggregate handler's outcome: "not found" when the stream does not exist, else the decision on it.</summary>
    public static (CommandResult, Events) On<TAggregate, TEvent>(TAggregate? aggregate, string notFound, Func<TAggregate, Decision<TEvent>> decide)
        where TAggregate : class where TEvent : class =>
        aggregate is null ? (CommandResult.Refused(notFound), []) : decide(aggregate).Outcome;

    /// <inheritdoc cref="On{TAggregate,TEvent}"/>
    public static (CommandResult, Events) On<TAggregate>(TAggregate? aggregate, string notFound, Func<TAggregate, Decided> decide)
        where TAggregate : class =>
        aggregate is null ? (CommandResult.Refused(notFound), []) : decide(aggregate).Outcome;
}

public static class DecidedStreams
{
    /// <summary>
    /// Appends what a decision produced to its streams in the handler's session, or reports its refusal (nothing is appended then).
    /// A stream the handler fetched for writing gets the events on that fetch, so its version is still checked at commit.
    /// </summary>
    public static CommandResult Append(this IDocumentSession session, Decided decided)
    {
        foreach (var stream in decided.Streams.Where(s => s.Events.Count > 0))
        {
            if (stream.Starts is { } aggregate) session.Events.StartStream(aggregate, stream.Id, [.. stream.Events]);
            else session.Events.Append(stream.Id, [.. stream.Events]);
        }
        return decided.Result;
    }
}
