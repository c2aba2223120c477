-- A cooperation's contact address: where the network writes to the cooperation (the commission réseau's
-- invitations and minutes). The cooperation's, not a volunteer's; still an address, kept out of logs.
alter table platform_tenant add column contact_email varchar(254);
