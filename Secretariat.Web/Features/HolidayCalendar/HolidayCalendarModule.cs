namespace Secretariat.Web.Features.HolidayCalendar;

/// <summary>The district's working-day calendar: the State Council's yearly holiday schedules, shipped and entered (工作日历, 区管理员).</summary>
public static class HolidayCalendarModule
{
    public static IServiceCollection AddHolidayCalendar(this IServiceCollection services) =>
        services.AddSingleton<HolidayScheduleStore>()
            .AddSingleton<IWorkingDayCalendars>(sp => sp.GetRequiredService<HolidayScheduleStore>())
            .ConfigureMarten(options => options.Schema.For<HolidaySchedule>().SingleTenanted());

    public static IEndpointRouteBuilder MapHolidayCalendar(this IEndpointRouteBuilder app)
    {
        app.MapGroup(HolidayCalendarPages.Path).DistrictWide().RequireCapability(Capability.AdministerDistrict).MapHolidayCalendarPages();
        return app;
    }
}
