using Marten;

namespace Secretariat.Web.Features.Accounts;

/// <summary>Local accounts, sign-in sessions, the first administrator and the sample town on first start.</summary>
public static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Schema.For<UserAccount>().UniqueIndex(u => u.UserName);
            options.Schema.For<SignInSession>().Index(s => s.UserId);
        });
        services.AddScoped<AccountService>();
        services.AddHostedService<FirstStart>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        // Each endpoint names its own: signing in is anonymous, signing out needs only a signed-in account.
        app.MapGroup("").MapSignIn();
        app.MapGroup(ChangePasswordEndpoints.Path).RequireAuthorization(Policies.SignedIn).MapChangePassword();
        return app;
    }
}
