using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Secretariat.Tests.Infrastructure;

/// <summary>Bench endpoints mapped too, so every endpoint the app can have is walked.</summary>
public sealed class AllEndpointsFixture : AppFixture
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Bench:Enabled", "true");
}

/// <summary>Every endpoint declares who may call it: a named policy the app knows, or an explicit anonymous marker.</summary>
public class EndpointPolicyTests(AllEndpointsFixture app) : IClassFixture<AllEndpointsFixture>
{
    [Fact]
    public async Task Every_mapped_endpoint_names_a_known_policy_or_is_marked_anonymous()
    {
        var endpoints = app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        Assert.True(endpoints.Count > 60, $"only {endpoints.Count} endpoints found");
        var undeclared = await UndeclaredAsync(endpoints, app.Host.Services.GetRequiredService<IAuthorizationPolicyProvider>());
        Assert.True(undeclared.Count == 0, "Endpoints without a policy: " + string.Join(", ", undeclared));
    }

    [Fact]
    public async Task An_endpoint_without_a_policy_or_with_an_unknown_one_is_reported()
    {
        var provider = app.Host.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        Endpoint Build(string pattern, params object[] metadata) =>
            new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse(pattern), 0, new EndpointMetadataCollection(metadata), pattern);
        var endpoints = new[]
        {
            Build("/declared", new AuthorizeAttribute(Policies.For(Capability.RunMeetings))),
            Build("/anonymous", new AllowAnonymousAttribute()),
            Build("/bare"),
            Build("/authenticated-only", new AuthorizeAttribute()),
            Build("/unknown-policy", new AuthorizeAttribute("NoSuchPolicy")),
            Build("/unknown-capability", new AuthorizeAttribute("capability:NoSuchCapability"))
        };
        var undeclared = await UndeclaredAsync(endpoints, provider);
        Assert.Equal(["/bare", "/authenticated-only", "/unknown-policy", "/unknown-capability"], undeclared);
    }

    /// <summary>The endpoints that neither allow anonymous callers nor name a registered policy.</summary>
    private static async Task<List<string>> UndeclaredAsync(IEnumerable<Endpoint> endpoints, IAuthorizationPolicyProvider provider)
    {
        var undeclared = new List<string>();
        foreach (var endpoint in endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) continue;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Where(p => !string.IsNullOrEmpty(p)).ToList();
            var known = true;
            foreach (var policy in policies) known &= await provider.GetPolicyAsync(policy!) is not null;
            if (policies.Count == 0 || !known) undeclared.Add(endpoint.RoutePattern.RawText ?? endpoint.DisplayName ?? "?");
        }
        return undeclared;
    }
}
