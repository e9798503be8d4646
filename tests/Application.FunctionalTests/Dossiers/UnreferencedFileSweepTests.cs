using Microsoft.Extensions.DependencyInjection;
using OneStop.Application.Common.Files;
using OneStop.Infrastructure.Files;
using OneStop.Testing;
using static OneStop.Testing.DossierScenario;

namespace OneStop.Application.FunctionalTests.Dossiers;

public sealed class UnreferencedFileSweepTests : DatabaseTestBase
{
    [Test]
    public async Task ShouldDeleteOldFilesNoDocumentReferencesAndKeepTheOthers()
    {
        var scenario = await DossierScenario.StartAsync();
        var draft = await scenario.DraftWithDocumentsAsync();
        var files = TestApp.Factory.Services.GetRequiredService<IFileStorage>();
        var orphan = await files.SaveAsync(new MemoryStream(Pdf("orphan")), "application/pdf", CancellationToken.None);
        var fresh = await files.SaveAsync(new MemoryStream(Pdf("just stored")), "application/pdf", CancellationToken.None);
        var referenced = await TestApp.WithDbContextAsync(async db =>
            (await ((Common.Interfaces.IApplicationDbContext)db).Dossiers.FindAsync(draft.Id)) is { } d
                ? db.Entry(d).Collection(x => x.Documents).Query().Select(x => x.StorageKey).ToList()
                : []);
        foreach (var key in referenced.Append(orphan.Key))
        {
            File.SetLastWriteTimeUtc(Path.Combine(TestApp.Factory.FileRoot, key), DateTime.UtcNow - TimeSpan.FromHours(2));
        }

        await TestApp.Factory.Services.GetRequiredService<UnreferencedFileSweeper>().SweepOnceAsync(CancellationToken.None);

        (await files.OpenReadAsync(orphan.Key, CancellationToken.None)).ShouldBeNull();
        await using (var kept = await files.OpenReadAsync(fresh.Key, CancellationToken.None))
        {
            kept.ShouldNotBeNull();
        }
        foreach (var key in referenced)
        {
            await using var stream = await files.OpenReadAsync(key, CancellationToken.None);
            stream.ShouldNotBeNull();
        }
    }
}
