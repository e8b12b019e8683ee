namespace Secretariat.Web.Features.Roster;

/// <summary>A member unit, village/community or outside organisation; the inline snapshot of its stream.</summary>
public sealed class MemberUnit
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public UnitKind Kind { get; set; }
    public int SortOrder { get; set; }

    public static MemberUnit Create(MemberUnitRegistered e) => new() { Id = e.UnitId, Name = e.Name, Kind = e.Kind, SortOrder = e.SortOrder };
}
