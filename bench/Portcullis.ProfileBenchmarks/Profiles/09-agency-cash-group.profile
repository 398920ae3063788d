profile "Group booked in cash through the flagged agency"
rationale "Agency named in a 2026 regional alert booked groups of couriers paid in cash."
owner BA-JCU-SARAJEVO
valid 2026-12-01 to 2027-06-01
hit cap 20 per day
score 45
when
  booking.travelAgency starts with "sunny"
  and booking.payment.type in ["CASH", "CA"]
  and count(booking.passengers) >= 3
