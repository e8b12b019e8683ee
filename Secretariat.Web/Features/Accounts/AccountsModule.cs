
using Marten.Schema;
using Marten.Schema.Indexing.Unique;

namespace Secretariat.Web.Features.Accounts;

/// <summary>Local accounts, sign-in sessions, the first administrator and the sample town on first start.</summary>
public static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureMarten(options =>
        {
            // An account and its sessions are the district's: one sign-in for every town the account works in.
            options.Schema.For<UserAccount>().SingleTenanted().UniqueIndex(u => u.UserName);
            options.Schema.For<SignInSession>().SingleTenanted().Index(s => s.UserId);
            options.Schema.For<SignInFailures>().SingleTenanted();
            // A town's record of changes to its accounts (修改记录), read per account.
            options.Schema.For<AccountChange>().Index(c => c.AccountId);
            options.Schema.For<CalendarFeedToken>().UniqueIndex(UniqueIndexType.Computed, "mt_doc_calendarfeedtoken_uidx_token_hash", TenancyScope.PerTenant, t => t.TokenHash);
        });
        var lockout = configuration.GetSection(SignInLockoutOptions.Section).Get<SignInLockoutOptions>() ?? new SignInLockoutOptions();
        services.AddSingleton(lockout);
        services.AddSignInThrottling(lockout);
        services.AddScoped<AccountService>();
        services.AddSingleton<SessionCheck>();
        services.AddScoped<CalendarFeedTokens>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        // Each endpoint names its own: signing in is anonymous, signing out needs only a signed-in account.
        var open = app.MapGroup("").DistrictWide();
        open.MapSignIn();
        // The town's administrator sees the lockouts of the town's own accounts.
        app.MapGroup("").MapLockouts();
        app.MapGroup(ChangePasswordEndpoints.Path).DistrictWide().RequireAuthorization(Policies.SignedIn).MapChangePassword();
        app.MapGroup(MyAccountEndpoints.Path).DistrictWide().RequireAuthorization(Policies.SignedIn).MapMyAccount();
        // The choice of town (an account's memberships, or every town for a district reader); who may open a town is TownAccess.
        app.MapGroup("").DistrictWide().RequireAuthorization(Policies.SignedIn).MapTownChooser();

        // 账号管理 of a town: the 管理员 manages its accounts; the 办公室 reads them and corrects their contacts.
        var readers = app.MapGroup(AccountListEndpoints.Path).RequireCapability(Capability.ReadAccounts);
        readers.MapAccountList();
        readers.MapAccountDetails();
        readers.MapEditAccountContacts();
        var administrators = app.MapGroup(AccountListEndpoints.Path).RequireCapability(Capability.AdministerAccounts);
        administrators.MapCreateAccount();
        administrators.MapResetAccountPassword();
        administrators.MapSetAccountEnabled();
        administrators.MapChangeAccountRoles();
        return app;
    }
}
