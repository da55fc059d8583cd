package org.hrdemat.personnelfile.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ForbiddenContentTest {

    private static String category(String... texts) {
        return ForbiddenContent.find(texts).map(ForbiddenContent.Hit::category).orElse(null);
    }

    @Test
    void namesEachForbiddenCategory() {
        assertEquals("union", category("Adhésion au Syndicat CGT"));
        assertEquals("union", category("Mandat", "décharge d'activité SYNDICALE"));
        assertEquals("political", category("Candidature aux élections municipales, engagement politique"));
        assertEquals("religious", category("Demande d'absence pour fête religieuse"));
        assertEquals("philosophical", category("Appartenance à une loge maçonnique"));
        assertEquals("medical", category("Certificat médical"));
        assertEquals("medical", category("Compte rendu", "diagnostic du médecin traitant"));
        assertEquals("medical", category("Certificat médical d'arrêt"));
        assertEquals("medical", category("Avis d'arrêt de travail du 3 mars"));
        assertEquals("medical", category("Justificatifs médicaux"));
    }

    @Test
    void ordinaryHrDocumentsPass() {
        for (String title : new String[]{"Arrêté de nomination stagiaire", "Contrat à durée déterminée article L332-23",
            "Compte rendu d'entretien professionnel 2026", "Attestation de formation CNFPT", "Avenant n° 2",
            "Diplôme de syndic de copropriété", "Décision de congé annuel", "Arrêté portant avancement d'échelon",
            "Copie de la carte d'identité", "Service Nord-Sud", "Relevé d'identité bancaire",
            "Arrêté de placement en congé de maladie ordinaire", "Arrêté portant reprise du travail"}) {
            assertTrue(ForbiddenContent.find(title).isEmpty(), title);
        }
    }

    @Test
    void quotesTheWordAsTyped() {
        assertEquals("médical", ForbiddenContent.find("Certificat médical d'aptitude").orElseThrow().word());
        assertEquals("SYNDICALE", ForbiddenContent.find("Décharge  SYNDICALE").orElseThrow().word());
    }

    @Test
    void matchesWholeWordsWithoutAccentsOrCase() {
        assertEquals("medical", category("ORDONNANCE du Dr X"));
        assertEquals("union", category("syndiquée depuis 2010"));
        assertTrue(ForbiddenContent.find("Syndic", "politiquement neutre").isEmpty());
    }
}
