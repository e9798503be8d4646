using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Domain.Calendar;

namespace OneStop.Infrastructure.Data.Configurations;

public sealed class WorkingCalendarYearConfiguration : IEntityTypeConfiguration<WorkingCalendarYear>
{
    public void Configure(EntityTypeBuilder<WorkingCalendarYear> builder)
    {
        builder.ToTable("working_calendar_years");
        builder.Property(y => y.Id).ValueGeneratedNever();
        builder.HasIndex(y => y.Year).IsUnique();
        // A year is edited and read whole.
        builder.OwnsMany(y => y.Sessions, s => s.ToJson("sessions"));
        builder.Navigation(y => y.Sessions).HasField("_sessions");
        builder.OwnsMany(y => y.Holidays, h => h.ToJson("holidays"));
        builder.Navigation(y => y.Holidays).HasField("_holidays");
        builder.OwnsMany(y => y.MakeUpWorkingDays, m => m.ToJson("make_up_working_days"));
        builder.Navigation(y => y.MakeUpWorkingDays).HasField("_makeUpWorkingDays");
        builder.Ignore(y => y.DomainEvents);
    }
}
