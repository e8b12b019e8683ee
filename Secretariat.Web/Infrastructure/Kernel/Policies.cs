using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>
/// Who may call what: every route names the capability it needs (<see cref="RequireCapability{TBuilder}"/>), and the
/// policy of that name admits the roles the permission table gives it (<see cref="Permissions"/>). Rules that depend
/// on the record (a liaison's own unit, this meeting's convener, the current 站长) are each feature's own rule function,
/// which takes its capability and reach from the same table.
/// </summary>
public static class Policies
{
    /// <summary>A signed-in user whatever their role (their own password, signing out, the choice of towns).</summary>
    public const string SignedIn = "SignedIn";

    private const string Prefix = "capability:";

    /// <summary>The policy admitting any role that holds one of the capabilities (at any reach).</summary>
    public static string For(params Capability[] anyOf) =>
        anyOf.Length == 0 ? throw new ArgumentException("A policy needs a capability.", nameof(anyOf))
            : Prefix + string.Join("|", anyOf.Distinct().Order());

    /// <summary>The capabilities a policy name stands for; null for a policy that is not a capability's.</summary>
    public static IReadOnlyList<Capability>? CapabilitiesOf(string? policy)
    {
        if (policy is null || !policy.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var capabilities = new List<Capability>();
        foreach (var name in policy[Prefix.Length..].Split('|'))
        {
            if (!Enum.TryParse<Capability>(name, out var capability) || !Enum.IsDefined(capability) || name != capability.ToString()) return null;
            capabilities.Add(capability);
        }
        return capabilities;
    }

    /// <summary>The route (or group) needs one of the capabilities.</summary>
    public static TBuilder RequireCapability<TBuilder>(this TBuilder builder, params Capability[] anyOf) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(For(anyOf));

    public static AuthorizationBuilder AddSecretariatPolicies(this AuthorizationBuilder builder)
    {
        builder.Services.AddSingleton<IAuthorizationPolicyProvider, CapabilityPolicyProvider>();
        return builder
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
    }

    /// <summary>The answer when a record-level rule says no (the Chinese 403 page is rendered by the status-code pages).</summary>
    public static IResult Forbidden() => Results.StatusCode(StatusCodes.Status403Forbidden);

    /// <summary>Capability policies are made from the table on first use; every other name goes to the registered ones.</summary>
    private sealed class CapabilityPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, AuthorizationPolicy?> _made = new(StringComparer.Ordinal);

        public override Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
            CapabilitiesOf(policyName) is { } capabilities
                ? Task.FromResult(_made.GetOrAdd(policyName, _ => new AuthorizationPolicyBuilder()
                    .RequireRole(capabilities.SelectMany(Permissions.RolesWith).Distinct()).Build()))
                : base.GetPolicyAsync(policyName);
    }
}
