using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.CargoImp;

/// <summary>
/// One FWB (air waybill) message: its waybill line, route, flights, parties, charges, rate lines and
/// handling into one master-air-waybill consignment. ISU and RTG are read first, because the flights
/// before them need the issue date (for their month) and the route (for where the first flight goes).
/// </summary>
internal static class FwbReader
{
    public static void Read(List<ImpLine> lines, CargoMessage message)
    {
        var diagnostics = message.Diagnostics;
        var consignment = new Consignment { Kind = "master-air-waybill" };
        message.Consignments.Add(consignment);

        var waybill = lines.Find(l => l.Tag == "AWB");
        if (waybill is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "cargo.imp-missing", "no waybill line (AWB number, origin, destination)", Line: lines.Count > 0 ? lines[0].Number : null, Field: "AWB"));
        }
        else
        {
            ImpQuantity.Read(waybill.Text, consignment, diagnostics, waybill.Number, "AWB");
            consignment.PortOfLoading = consignment.Origin;
            consignment.PortOfDischarge = consignment.Destination;
        }

        DateOnly? issued = null;
        foreach (var isu in lines.Where(l => l.Tag == "ISU"))
        {
            issued = ImpCommon.IssueDate(isu, diagnostics);
            message.Sent ??= issued?.ToDateTime(TimeOnly.MinValue);
            ImpCharges.Remark(isu, consignment, "ISU");
        }

        foreach (var rtg in lines.Where(l => l.Tag == "RTG"))
        {
            ImpRouting.Route(rtg, consignment, message);
        }

        foreach (var line in lines)
        {
            switch (line.Tag)
            {
                case "AWB" or "ISU" or "RTG":
                    if (line.Tag == "AWB" && line != waybill)
                    {
                        diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-repeated", $"a second waybill line '{line.Text}' is ignored", Line: line.Number, Field: "AWB"));
                    }

                    break;
                case "FLT":
                    ImpRouting.Flights(line, consignment, message, issued);
                    break;
                case "RTD":
                    consignment.Goods.Add(ImpGoods.Rate(line, diagnostics));
                    break;
                default:
                    if (!ImpCommon.Read(line, consignment, diagnostics))
                    {
                        diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-unknown-line", $"line '{line.Tag}' is not an FWB line; kept as a remark", Line: line.Number, Field: line.Tag));
                        consignment.Remarks.Add(line.Tag + "/" + line.Text);
                    }

                    break;
            }
        }
    }
}
