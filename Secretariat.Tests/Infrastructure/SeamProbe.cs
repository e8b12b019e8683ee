// Two "features" for FeatureSeamsTests: Caller names Target only in a lambda's body.
namespace Secretariat.Tests.Infrastructure.SeamProbe.Target
{
    public sealed record Mark(int Value);
}

namespace Secretariat.Tests.Infrastructure.SeamProbe.Caller
{
    public static class Uses
    {
        public static Func<int, object> Later() => value => new Target.Mark(value);
    }
}
