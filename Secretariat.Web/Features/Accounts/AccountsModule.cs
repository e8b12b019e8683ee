
namespace Secretariat.Web.Features.Accounts;

/// <summary>Local accounts, sign-in sessions, the first administrator and the sample town on first start.</summary>
public static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureMarten(options =>
        {
            options.Schema.For<UserAccount>().UniqueIndex(u => u.UserName);
            options.Schema.For<SignInSession>().Index(s => s.UserId);
            options.Schema.For<SignInFailures>();
            options.Schema.For<CalendarFeedToken>().UniqueIndex(t => t.TokenHash);
        });
        var lockout = configuration.GetSection(SignInLockoutOptions.Section).Get<SignInLockoutOptions>() ?? new SignInLockoutOptions();
        services.AddSingleton(lockout);
        services.AddSignInThrottling(lockout);
        services.AddScoped<AccountService>();
        services.AddScoped<CalendarFeedTokens>();
        services.AddHostedService<FirstStart>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        // Each endpoint names its own: signing in is anonymous, signing out needs only a signed-in account.
        var open = app.MapGroup("");
        open.MapSignIn();
        open.MapLockouts();
        app.MapGroup(ChangePasswordEndpoints.Path).RequireAuthorization(Policies.SignedIn).MapChangePassword();
        return app;
    }
}
