namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>What a command handler tells its caller: done, or refused with a message for the page.</summary>
public sealed record CommandResult(string? Refusal)
{
    public static readonly CommandResult Done = new((string?)null);
    public static CommandResult Refused(string message) => new(message);

    /// <summary>Done, or the refusal a decision gave.</summary>
    public static CommandResult Of(Refusal? refusal) => refusal is null ? Done : Refused(refusal.Message);

    public bool Succeeded => Refusal is null;
}
