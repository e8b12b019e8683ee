namespace Secretariat.Web.Features.Privacy;

/// <summary>Minors' information in uploaded files (附件3-3 三): the read log of flagged files and the office's page of it.</summary>
public static class PrivacyModule
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services) =>
        services.ConfigureMarten(options => options.Schema.For<MinorsDataRead>().Index(r => r.FileId).Index(r => r.At));

    public static IEndpointRouteBuilder MapPrivacy(this IEndpointRouteBuilder app) => app;
}
