using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Reference;
using Portcullis.Domain.Watchlists;
using Portcullis.Features.Audit;
using Portcullis.Formats;
using Portcullis.Formats.Watchlists;

namespace Portcullis.Features.Screening;

/// <summary>
/// Imports a list file as the next version of a list (an existing one, or one created here). The file
/// is read with the list readers; an error refuses the import with the reader's message. The entries
/// are compared with the list's current ones by external id and content hash: new ids are added,
/// changed hashes close the old row and open a new one, missing ids are closed. A file that changes
/// nothing makes no version. Then the index is rebuilt and everyone still due to travel is screened
/// again, in the background.
/// </summary>
public static class ImportWatchlist
{
    /// <summary>The metadata of a list created by its first import.</summary>
    /// <param name="OwnerUnit">Only for the command line and administrators, who have no unit of their own.</param>
    public sealed record NewWatchlist(
        string Name,
        WatchlistSubject Subject,
        WatchlistSeverity Severity,
        IReadOnlyList<string> SharedWith,
        string? Description = null,
        float? Threshold = null,
        string? OwnerUnit = null);

    /// <summary>Exactly one of <paramref name="WatchlistId"/> and <paramref name="New"/>.</summary>
    public sealed record Command(byte[] Content, string FileName, Guid? WatchlistId, NewWatchlist? New = null);

    public sealed record Result(Guid WatchlistId, int Version, bool Unchanged, int Added, int Changed, int Removed, int Total, IReadOnlyList<string> Warnings);

    public sealed class Handler(PortcullisDbContext db, TimeProvider time, ScreeningIndexService index)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            if (!WatchlistAccess.MayManage(db.Scope))
            {
                return Outcome<Result>.Forbidden("Your role does not include managing watchlists.");
            }

            if (command.Content.Length == 0)
            {
                return Outcome<Result>.Invalid("file", "empty", "Choose a list file to import.");
            }

            var list = await ListAsync(command, cancellationToken);
            if (!list.IsOk)
            {
                return list.Cast<Result>();
            }

            var watchlist = list.Value!;
            var fileName = Path.GetFileName(command.FileName);
            WatchlistDocument document;
            WatchlistFormat format;
            using (var stream = new MemoryStream(command.Content, writable: false))
            {
                format = WatchlistReader.Detect(fileName, stream);
                document = WatchlistReader.Read(fileName, stream);
            }

            var sha256 = Convert.ToHexStringLower(SHA256.HashData(command.Content));
            if (document.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) is { } error)
            {
                db.Audit(AuditEvents.By(db.Scope, AuditActions.WatchlistImportRefused, "watchlist", command.WatchlistId?.ToString("D"), watchlist.OwnerJurisdiction,
                    JsonSerializer.Serialize(new { list = watchlist.Name, file = fileName, sha256, error = error.ToString() })));
                await db.SaveChangesAsync(cancellationToken);
                return Outcome<Result>.Invalid("file", "unreadable", $"The file could not be read: {error}");
            }

            if (command.WatchlistId is null)
            {
                // Created only now that the file has been read: a refused first import leaves no empty list behind.
                db.Watchlists.Add(watchlist);
                db.Audit(AuditEvents.By(db.Scope, AuditActions.WatchlistCreated, "watchlist", watchlist.Id.ToString("D"), watchlist.OwnerJurisdiction,
                    JsonSerializer.Serialize(new { name = watchlist.Name, subject = watchlist.Subject.ToString(), severity = watchlist.Severity.ToString(), sharedWith = watchlist.SharedWith.Select(s => s.Jurisdiction) })));
            }

            var warnings = document.Diagnostics.Select(d => d.ToString()).ToList();
            var incoming = new Dictionary<string, Formats.Watchlists.WatchlistEntry>(StringComparer.Ordinal);
            foreach (var entry in document.Entries)
            {
                if (entry.ExternalId.Length > WatchlistEntryRow.ExternalIdMaxLength || !incoming.TryAdd(entry.ExternalId, entry))
                {
                    warnings.Add($"entry {entry.ExternalId}: the id is too long or appears more than once; only its first occurrence is kept");
                }
            }

            var current = await db.WatchlistEntries
                .Where(e => e.WatchlistId == watchlist.Id && e.ToVersion == null)
                .ToDictionaryAsync(e => e.ExternalId, StringComparer.Ordinal, cancellationToken);
            var number = watchlist.CurrentVersion + 1;
            int added = 0, changed = 0, removed = 0;
            var opened = new List<WatchlistEntryRow>();
            foreach (var (id, entry) in incoming)
            {
                var hash = StoredEntry.ContentHash(entry);
                if (current.TryGetValue(id, out var row))
                {
                    if (string.Equals(row.ContentHash, hash, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    row.ToVersion = number;
                    changed++;
                }
                else
                {
                    added++;
                }

                opened.Add(StoredEntry.ToRow(watchlist.Id, number, entry, hash));
            }

            foreach (var (id, row) in current)
            {
                if (!incoming.ContainsKey(id))
                {
                    row.ToVersion = number;
                    removed++;
                }
            }

            if (watchlist.CurrentVersion > 0 && added + changed + removed == 0)
            {
                db.Audit(AuditEvents.By(db.Scope, AuditActions.WatchlistImported, "watchlist", watchlist.Id.ToString("D"), watchlist.OwnerJurisdiction,
                    JsonSerializer.Serialize(new { file = fileName, sha256, unchanged = true, version = watchlist.CurrentVersion })));
                await db.SaveChangesAsync(cancellationToken);
                index.StartRebuildAndRescreen();
                return Outcome<Result>.Ok(new Result(watchlist.Id, watchlist.CurrentVersion, true, 0, 0, 0, current.Count, warnings));
            }

            var version = new WatchlistVersion
            {
                Id = Guid.CreateVersion7(),
                WatchlistId = watchlist.Id,
                Number = number,
                ImportedAt = time.GetUtcNow(),
                ImportedBy = db.Scope.ActorName,
                FileName = fileName.Length <= WatchlistVersion.FileNameMaxLength ? fileName : fileName[..WatchlistVersion.FileNameMaxLength],
                Sha256 = sha256,
                Format = format.ToString(),
                Added = added,
                Changed = changed,
                Removed = removed,
                Total = incoming.Count,
                Diagnostics = JsonSerializer.Serialize(warnings),
            };
            db.WatchlistVersions.Add(version);
            db.WatchlistEntries.AddRange(opened);
            watchlist.CurrentVersion = number;
            db.Audit(AuditEvents.By(db.Scope, AuditActions.WatchlistImported, "watchlist", watchlist.Id.ToString("D"), watchlist.OwnerJurisdiction,
                JsonSerializer.Serialize(new { file = fileName, sha256, version = number, format = version.Format, added, changed, removed, total = version.Total })));
            await db.SaveChangesAsync(cancellationToken);
            index.StartRebuildAndRescreen();
            return Outcome<Result>.Ok(new Result(watchlist.Id, number, false, added, changed, removed, version.Total, warnings));
        }

        private async Task<Outcome<Watchlist>> ListAsync(Command command, CancellationToken cancellationToken)
        {
            if (command.WatchlistId is { } id)
            {
                var existing = await db.Watchlists.FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
                if (existing is null)
                {
                    return Outcome<Watchlist>.NotFound();
                }

                return WatchlistAccess.MayImportInto(db.Scope, existing.OwnerJurisdiction)
                    ? Outcome<Watchlist>.Ok(existing)
                    : Outcome<Watchlist>.Forbidden("Only the jurisdiction that keeps a list imports its versions.");
            }

            if (command.New is not { } meta)
            {
                return Outcome<Watchlist>.Invalid("list", "required", "Choose a list, or describe a new one.");
            }

            var problems = new List<Problem>();
            var name = meta.Name?.Trim() ?? "";
            if (name.Length is 0 or > Watchlist.NameMaxLength)
            {
                problems.Add(new Problem("name", "required", "Give the list a name."));
            }

            var unit = db.Scope.Unit ?? (UnitCode.TryParse(meta.OwnerUnit, out var given) ? given : null);
            if (unit is null || ReferenceCatalog.Default.FindUnit(unit.Value) is null)
            {
                problems.Add(new Problem("unit", "required", "The list needs an owner unit."));
            }

            var shared = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var code in meta.SharedWith)
            {
                if (JurisdictionCode.TryParse(code, out var jurisdiction) && ReferenceCatalog.Default.Jurisdictions.Any(j => j.Code == jurisdiction))
                {
                    shared.Add(jurisdiction.Value);
                }
                else
                {
                    problems.Add(new Problem("sharedWith", "unknown", "A list is shared only with the programme's jurisdictions."));
                }
            }

            if (meta.Threshold is { } t && (t <= 0 || t > 1))
            {
                problems.Add(new Problem("threshold", "range", "The threshold is a score between 0 and 1."));
            }

            if (problems.Count > 0)
            {
                return Outcome<Watchlist>.Invalid(problems);
            }

            var owner = unit!.Value.Jurisdiction.Value;
            if (await db.Watchlists.IgnoreQueryFilters().AnyAsync(w => w.OwnerJurisdiction == owner && w.Name == name, cancellationToken))
            {
                return Outcome<Watchlist>.Invalid("name", "taken", "Your jurisdiction already has a list of that name.");
            }

            shared.Remove(owner);
            var created = new Watchlist
            {
                Id = Guid.CreateVersion7(),
                Name = name,
                Subject = meta.Subject,
                Severity = meta.Severity,
                OwnerJurisdiction = owner,
                OwnerUnit = unit.Value.Value,
                Description = string.IsNullOrWhiteSpace(meta.Description) ? null : meta.Description.Trim(),
                Threshold = meta.Threshold,
                CreatedAt = time.GetUtcNow(),
                CreatedBy = db.Scope.ActorName,
                SharedWith = [.. shared.Select(j => new WatchlistShare { Jurisdiction = j })],
            };
            return Outcome<Watchlist>.Ok(created);
        }
    }
}
