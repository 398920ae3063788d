profile "Container number fails its check digit"
subject consignments
rationale "A container number whose ISO 6346 check digit is wrong is a typing error or a container that is not what the manifest says (cloned or re-marked boxes)."
owner AL-PCU-DURRES
valid 2026-11-01 to 2027-11-01
hit cap 20 per day
score 25
when
  containers.invalidNumber
