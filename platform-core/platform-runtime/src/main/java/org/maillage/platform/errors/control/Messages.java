package org.maillage.platform.errors.control;

import java.util.Map;

/** The French message answered for a status when the code that refused gave none a user can read. */
public final class Messages {

    private static final Map<Integer, String> BY_STATUS = Map.ofEntries(
            Map.entry(400, "La requête est invalide."),
            Map.entry(401, "Authentification requise."),
            Map.entry(403, "Accès refusé."),
            Map.entry(404, "Ressource introuvable."),
            Map.entry(405, "Méthode HTTP non autorisée pour cette ressource."),
            Map.entry(406, "Format de réponse demandé non disponible : utilisez application/json."),
            Map.entry(409, "Conflit avec l’état actuel de la ressource."),
            Map.entry(410, "Cette ressource n’existe plus."),
            Map.entry(413, "Le contenu envoyé est trop volumineux."),
            Map.entry(415, "Type de contenu non pris en charge : envoyez application/json."),
            Map.entry(429, "Trop de demandes en peu de temps : réessayez plus tard."),
            Map.entry(500, "Erreur interne du serveur."),
            Map.entry(503, "Service momentanément indisponible."));

    private Messages() {
    }

    public static String forStatus(int status) {
        return BY_STATUS.getOrDefault(status, status < 500 ? "La requête ne peut pas être traitée." : "Erreur interne du serveur.");
    }
}
