package org.maillage.teams.teams.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/** A team works with a partner. */
@Entity
@Table(name = "teams_partner_link")
@TenantOwned
public class PartnerLink {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    protected PartnerLink() {
    }

    public PartnerLink(Team team, Partner partner) {
        this.id = UUID.randomUUID().toString();
        this.team = team;
        this.partner = partner;
    }

    public Team team() {
        return team;
    }

    public Partner partner() {
        return partner;
    }
}
