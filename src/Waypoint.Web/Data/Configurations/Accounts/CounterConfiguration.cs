using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Waypoint.Web.Data.Configurations.Accounts;

public sealed class CounterConfiguration : IEntityTypeConfiguration<Counter>
{
    public void Configure(EntityTypeBuilder<Counter> b)
    {
        b.ToTable("Counters");
        b.HasKey(c => c.Name);
        b.Property(c => c.Name).HasMaxLength(50);
        b.HasData(new Counter { Name = Counters.OffenderNumber, Value = 0 });
    }
}
