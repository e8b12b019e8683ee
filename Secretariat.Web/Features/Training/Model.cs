namespace Secretariat.Web.Features.Training;

public enum ChildWorkerDuty
{
    ChildDirector,
    ChildSupervisor
}

public enum TrainingKind
{
    Onboarding,
    Rotation,
    Other
}

public static class TrainingNames
{
    public static string Chinese(this ChildWorkerDuty duty) => duty switch
    {
        ChildWorkerDuty.ChildDirector => "儿童主任",
        ChildWorkerDuty.ChildSupervisor => "儿童督导员",
        _ => duty.ToString()
    };

    public static string Chinese(this TrainingKind kind) => kind switch
    {
        TrainingKind.Onboarding => "入职培训",
        TrainingKind.Rotation => "轮训",
        TrainingKind.Other => "其他培训",
        _ => kind.ToString()
    };

    /// <summary>社会工作职业资格 levels in China's national scheme.</summary>
    public static readonly IReadOnlyList<string> QualificationLevels = ["助理社会工作师", "社会工作师", "高级社会工作师"];
}
