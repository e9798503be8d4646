using AutoMapper;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Mappings;
using OneStop.Application.Agencies.Queries.GetAgencies;
using OneStop.Application.Fields.Queries.GetFields;
using OneStop.Domain.Procedures;

namespace OneStop.Application.Procedures.Queries.GetProcedureById;

/// <summary>Turns a procedure version into its detail, reading the field and agencies it refers to.</summary>
public sealed class ProcedureDetailReader(IApplicationDbContext db, IMapper mapper)
{
    public async Task<ProcedureDetailDto> ReadAsync(Procedure procedure, CancellationToken cancellationToken)
    {
        var field = await db.Fields.Where(f => f.Id == procedure.FieldId).ProjectToListAsync<FieldDto>(mapper.ConfigurationProvider, cancellationToken);
        var agencyIds = procedure.ImplementingAgencyIds.ToList();
        var agencies = await db.Agencies
            .Where(a => agencyIds.Contains(a.Id))
            .OrderBy(a => a.Code)
            .ProjectToListAsync<AgencyRefDto>(mapper.ConfigurationProvider, cancellationToken);
        return mapper.Map<ProcedureDetailDto>(procedure) with { Field = field.Single(), ImplementingAgencies = agencies };
    }
}
