// Press and media: journalists asking for comment, interviews, pictures.
import { seeds, type SeedRow } from './seeds.ts';

const MAIL = 'press-inbox';

const ROWS: SeedRow[] = [
  [MAIL, 'fr', "Bonjour,\n\nJe suis journaliste au Courrier du Consommateur. Nous préparons un article sur les rappels de chargeurs sans fil et plusieurs lecteurs nous ont signalé le Lumi Charge 20W. Pourriez-vous nous indiquer le nombre d'unités concernées en France et la procédure prévue pour les clients ?\n\nNous bouclons jeudi à 18h.\n\nBien cordialement,\nClara Vidal\nService consommation – Le Courrier du Consommateur", { s: 'charger-recall',
    by: { handle: 'c.vidal@courrier-conso.example', name: 'Clara Vidal' },
    re: [{ after: 46, text: "Bonjour,\nJe me permets de vous relancer : nous bouclons demain 18h. Sans retour de votre part, nous indiquerons que la marque n'a pas souhaité répondre.\nCordialement,\nC. Vidal" }],
  }],
  ['twitter-fr', 'fr', '@MaisonLumiere plusieurs témoignages de lampes de chevet Nova qui surchauffent. Votre service presse peut-il me contacter ? DM ouverts.', { by: 'clara', s: 'nova-overheating' }],
  [MAIL, 'fr', "Bonjour,\nPour l'émission « Conso Matin » sur Radio Horizon, nous cherchons un interlocuteur pour parler des délais de livraison de l'électroménager cet hiver. Seriez-vous disponible pour une interview de 5 minutes mardi matin (en direct, par téléphone) ?\nMerci,\nRomain Leclerc, chargé de production", {
    by: { handle: 'r.leclerc@radio-horizon.example', name: 'Romain Leclerc' },
  }],
  [MAIL, 'fr', 'Bonjour, Hexa Mag (presse professionnelle du commerce) prépare un dossier sur la maison connectée. Pourriez-vous nous transmettre un visuel HD et le prix public de la gamme Lumi+ ? Merci ! Sandrine', {
    by: { handle: 'redaction@hexamag.example', name: 'Hexa Mag – Rédaction' },
  }],
  [MAIL, 'fr', "Madame, Monsieur,\nÉtudiant en école de journalisme, je réalise un reportage sur la réparabilité de l'électroménager. Serait-il possible d'échanger avec un technicien de Lumière Services, ou de le suivre une demi-journée ?\nRespectueusement,\nYanis Belkacem", {
    by: { handle: 'yanis.belkacem@etu-journalisme.example', name: 'Yanis Belkacem' },
  }],
  [MAIL, 'en', 'Hi, I\'m a reporter with EuroRetail Weekly covering the backlash to your Mother\'s Day ad. Would Maison Lumière like to comment? Deadline 5pm CET today. Best, Hannah Price', { s: 'mothers-day-ad',
    by: { handle: 'hprice@euroretailweekly.example', name: 'Hannah Price' },
  }],
  ['twitter-fr', 'fr', 'Journaliste à L\'Écho des Foyers, je cherche des clients de @MaisonLumiere qui ont attendu plus d\'un mois leur livraison d\'électroménager. DM ouverts, anonymat possible.'],
  [MAIL, 'fr', 'Bonjour, podcasteuse (« Objets du quotidien », environ 20k écoutes/mois), j\'aimerais beaucoup interviewer la personne qui a dessiné la lampe Orsay. Est-ce envisageable ? Belle journée, Maud', {
    by: { handle: 'maud@objetsduquotidien.example', name: 'Maud Perrin' },
  }],
  [MAIL, 'fr', 'Demande d\'interview de votre directeur général pour notre supplément économie régionale (Auvergne-Rhône-Alpes). Sujet : l\'ouverture de votre nouveau centre de services près de Lyon. Quelles seraient vos disponibilités la semaine prochaine ?', {
    by: { handle: 'eco@echo-regional.example', name: 'L\'Écho régional – Économie' },
  }],
  [MAIL, 'en', 'Hello, Bloomfield Business News here. Can you confirm reports that Maison Lumière plans to close 12 stores in France this year? We\'re publishing tomorrow morning and would welcome a statement.', {
    by: { handle: 'newsdesk@bloomfieldnews.example', name: 'Bloomfield Business News' },
  }],
  ['twitter-ca', 'en', 'Reporter at the Montreal Ledger. Looking to speak with someone at @MaisonLumiereCA about delivery delays in Quebec this winter. DMs open.'],
  [MAIL, 'fr', 'Bonjour, je suis recherchiste pour une émission de consommation à Montréal. On prépare un segment sur les électroménagers livrés endommagés et votre nom revient souvent. Auriez-vous un porte-parole disponible?', {
    e: 'ca', by: { handle: 'recherche@emission-conso.example', name: 'Marie-Ève Lavoie' },
  }],
  [MAIL, 'fr', 'Bonjour, pouvez-vous me confirmer le lancement de la gamme Aura en Belgique en mars ? Merci. Julien – Tech&Maison', {
    by: { handle: 'julien@techetmaison.example', name: 'Julien Marchal' },
  }],
  ['twitter-fr', 'en', 'Hi @MaisonLumiere, freelance writer for a London design magazine here. Could your press office send high-res images of the Orsay lamp for a feature? Thanks!'],
  ['instagram', 'fr', 'Coucou ! Je suis journaliste pour un média déco en ligne, est-ce que je peux utiliser votre photo du salon dans notre sélection de Noël ? 😊'],
  [MAIL, 'en', 'Following up on my email of Monday regarding the Lumi Charge recall: could you share the number of units sold in Canada, and whether Health Canada has been notified? Thanks, D. Okafor, Canadian Consumer Report', { s: 'charger-recall',
    e: 'ca', by: { handle: 'dokafor@ccreport.example', name: 'David Okafor' },
  }],
];

export const PRESS = seeds('press', 'communication', ROWS);
