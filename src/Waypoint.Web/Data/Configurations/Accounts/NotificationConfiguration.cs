using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Core.Common;
using Waypoint.Core.Notifications;

namespace Waypoint.Web.Data.Configurations.Accounts;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.RecipientUserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(n => n.Text).HasMaxLength(TextLimits.Short * 2).IsRequired();
        b.Property(n => n.Link).HasMaxLength(TextLimits.Short).IsRequired();
        // Every page counts the user's unread notifications: by recipient, unread first.
        b.HasIndex(n => new { n.RecipientUserId, n.ReadAt, n.CreatedAt });
    }
}
