// Recruitment and employer brand: internships, applications, "vous recrutez ?", life at work.
import { seeds, type SeedRow } from './seeds.ts';

const JOBS = 'careers';

const HEAD_OFFICE: SeedRow[] = [
  [JOBS, 'fr', 'Bonjour, je suis en BTS MCO et je cherche une alternance à partir de septembre en magasin, région lyonnaise. Est-ce que vous recrutez des alternants ? Merci 🙂', {
    re: [{ after: 52, text: 'Merci pour le lien, candidature envoyée 🙏' }],
  }],
  [JOBS, 'fr', 'Vous recrutez ? 5 ans d\'expérience en vente d\'électroménager chez un concurrent 😉 Dispo rapidement.'],
  [JOBS, 'fr', 'Bonjour, j\'ai postulé il y a 6 semaines au poste de conseiller de vente à Nantes (réf. CV-NAN-2291), pas de retour, même pas un mail automatique. C\'est normal ?', {
    re: [{ after: 70, text: 'Toujours aucune nouvelle. Un simple « non » me suffirait.' }],
  }],
  [JOBS, 'fr', 'Étudiante en école d\'ingénieurs (3e année, électronique embarquée), je cherche un stage de fin d\'études de 6 mois sur les objets connectés. Votre équipe R&D prend des stagiaires ?'],
  [JOBS, 'fr', 'C\'est comment de bosser chez vous ? Les avis en ligne sont… partagés 😬'],
  [JOBS, 'fr', 'Est-ce que Lumière Services recrute des techniciens ? Électricien, 10 ans d\'expérience, secteur Grenoble.'],
  [JOBS, 'fr', 'Vous prenez des jobs d\'été pour les magasins ? Je suis en 1re année de fac'],
  [JOBS, 'fr', 'Super entretien ce matin au siège, équipe vraiment accueillante. Croisons les doigts 🤞 #recrutement'],
  [JOBS, 'fr', 'Bonjour, il y a des postes en télétravail au service client ?'],
  [JOBS, 'fr', 'Reconversion : je quitte la restauration après 12 ans. Vous formez en interne pour devenir conseiller de vente ?'],
  [JOBS, 'fr', 'Refus reçu par mail après 3 entretiens, sans une ligne d\'explication. Un petit retour, ça ne coûte rien et ça aide à progresser.'],
  [JOBS, 'fr', 'Vous recrutez des développeurs pour l\'appli ? Le poste de dev mobile sur votre site a l\'air fermé'],
  [JOBS, 'fr', 'Hello, un stage de 2 mois en communication ou marketing est possible cet été ? Je suis en L3 info-com'],
  [JOBS, 'fr', 'C\'est quoi les conditions pour le programme « Talents Lumière » ? Réservé aux bac+5 ?'],
  [JOBS, 'fr', 'Bonjour, le poste de chef de projet BI à Paris est-il encore ouvert ? J\'aimerais postuler.'],
  [JOBS, 'fr', 'Je travaille chez vous depuis 8 ans en magasin, j\'adore mon équipe. Si vous hésitez à postuler, foncez 💛'],
  [JOBS, 'fr', 'Candidature spontanée : technicienne SAV électroménager, 4 ans d\'expérience, permis B, mobile Île-de-France. CV en MP si intéressés.'],
  [JOBS, 'fr', 'Votre offre de conseiller client demande « 3 ans d\'expérience minimum » pour un SMIC. Et après on s\'étonne que personne ne postule 🙃'],
  [JOBS, 'fr', 'Vous proposez des VIE à l\'étranger ? Au Canada par exemple ?'],
  [JOBS, 'fr', 'Bonjour, est-ce que vous prenez des stagiaires de 3e ? Mon fils cherche une semaine en décembre, il adore tout ce qui est électrique ⚡'],
  [JOBS, 'fr', 'On m\'a proposé un CDI au dépôt de Lyon, quelqu\'un sait comment ça se passe niveau horaires ?'],
  ['twitter-fr', 'fr', '@MaisonLumiere vous recrutez pour les fêtes ? Renfort magasin, n\'importe quel poste, je suis motivée'],
  ['twitter-fr', 'fr', 'Jsuis en alternance chez @MaisonLumiere depuis 1 an et franchement meilleure décision. Ils recrutent encore pour la rentrée, foncez'],
  ['instagram', 'fr', 'vous cherchez des vendeurs à Marseille ?'],
  ['facebook-fr', 'fr', 'Bonjour, ma fille a déposé son CV au magasin de Rennes il y a un mois, est-ce qu\'il faut aussi postuler en ligne ?'],
  [JOBS, 'en', 'Hi, I\'m a UX designer based in Paris (English speaker, learning French). Do you hire non-French speakers for your digital team?'],
  [JOBS, 'en', 'Is the data analyst internship open to non-EU students?'],
  [JOBS, 'en', 'Hello! Any openings in your Lyon office for a junior marketing role? I\'m bilingual FR/EN.'],
  [JOBS, 'en', 'Interviewed for the product owner role 3 weeks ago, then silence. Is the position still open?'],
];

const CANADA: SeedRow[] = [
  [JOBS, 'en', 'Are you hiring at the Montreal stores? Bilingual, 3 years of retail experience.', { e: 'ca' }],
  ['twitter-ca', 'en', '@MaisonLumiereCA any summer jobs at the Toronto warehouse?'],
  [JOBS, 'en', 'Applied for the Customer Care Rep position in Laval 3 weeks ago, just wondering about the timeline. Thanks!', { e: 'ca' }],
  [JOBS, 'en', 'Do you sponsor work permits for appliance installers?', { e: 'ca' }],
  [JOBS, 'fr', 'Bonjour, est-ce que vous engagez des étudiants à temps partiel pour le magasin de Québec? Merci!', { e: 'ca' }],
  [JOBS, 'en', 'Do your store associates get a staff discount? asking for a friend who\'s about to accept an offer 😄', { e: 'ca' }],
  [JOBS, 'en', 'Great onboarding week at the Ottawa store, the team is amazing. If you\'re looking, they\'re hiring! 🙌', { e: 'ca' }],
];

export const JOB_POSTS = [...seeds('job', 'hr', HEAD_OFFICE), ...seeds('job', 'hr', CANADA)];
