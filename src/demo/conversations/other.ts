// Everything else: banter, tags between friends, partnership pitches, a data request, a copycat.
import { seeds, type SeedRow } from './seeds.ts';

const TW = 'twitter-fr';
const FB = 'facebook-fr';
const IG = 'instagram';
const CA = 'twitter-ca';

const ROWS: SeedRow[] = [
  [TW, 'fr', 'Qui d\'autre a la lampe Orsay dans son salon ? 😂 je la vois partout maintenant', { d: 'marketing' }],
  [IG, 'fr', '@julie_b94 regarde ça pour ton appart 👀'],
  [IG, 'fr', 'Premier !'],
  [FB, 'fr', 'Bonjour, conformément au RGPD, je vous demande la suppression de toutes mes données personnelles et une confirmation écrite. Client n° 00482193.', { d: 'legal' }],
  [TW, 'fr', 'Votre lampe Orsay est vendue à 19€ sur une marketplace, avec VOS photos. Vous êtes au courant ? 🤔', { d: 'legal' }],
  [TW, 'fr', 'Bonjour, je suis étudiante en master et je fais mon mémoire sur la relation client sur les réseaux sociaux. Quelqu\'un chez vous accepterait de répondre à un questionnaire de 10 min ?', { d: 'communication' }],
  [IG, 'fr', 'Hello @maisonlumiere, je suis créatrice de contenu déco (12k abonnés), un partenariat serait possible ? 🥰', { d: 'marketing' }],
  [TW, 'fr', 'Il fait tellement gris à Lille que même mes ampoules Lumi+ déclarent forfait 😅'],
  [TW, 'fr', 'Pourquoi vos lampes ont des noms de gares et de prénoms ? Orsay, Lina, Nova... bon pas toutes 😄'],
  [TW, 'fr', 'Ce moment où tu entres chez Maison Lumière pour une ampoule et tu ressors avec un lampadaire 🙃', { d: 'marketing' }],
  [TW, 'fr', 'On peut plus rien dire… c\'était juste une pub. #ToutPourElle', { d: 'communication', s: 'mothers-day-ad' }],
  [TW, 'fr', 'Bon courage au CM de @MaisonLumiere qui va devoir gérer les commentaires aujourd\'hui 😬', { d: 'communication', s: 'mothers-day-ad' }],
  [TW, 'fr', 'Mon chat a mangé le câble de la Nova. Pas de question, je voulais juste partager ma peine 😿'],
  [FB, 'fr', 'Bonjour, nous sommes une association de quartier à Roubaix, est-ce que vous faites des dons de matériel (lampes, petit électroménager) pour notre local ? Merci de votre lecture', { d: 'communication' }],
  [TW, 'fr', 'La Nova est une copie de mon modèle déposé à l\'INPI en 2019. Mon avocat va vous contacter.', { d: 'legal' }],
  [TW, 'fr', '<script>alert(1)</script> lol votre formulaire de contact accepte ça ? on verra bien'],
  [FB, 'fr', 'test'],
  [TW, 'fr', 'J\'ai rêvé que je travaillais chez vous cette nuit. Je sais pas quoi faire de cette info.'],
  [IG, 'fr', '@marco.dlr @sonia_pst on prend celle-là pour le salon ??'],
  [TW, 'fr', 'mdr le livreur de Maison Lumière chante du Céline Dion dans mon escalier, meilleur moment de ma journée'],
  [FB, 'fr', 'Quelqu\'un a retrouvé un gant noir au magasin de Lyon samedi ? Je crois que je l\'ai perdu au rayon luminaires 🙈'],
  [IG, 'fr', '<img src=x onerror=alert(document.cookie)> 😈'],
  [TW, 'en', 'Is it just me or does every Airbnb in Paris have the same Maison Lumière lamp 😂', { d: 'marketing' }],
  [IG, 'en', '@jess.h look, your dream lamp'],
  [TW, 'en', 'Love how your chatbot greets me with <b>Hello!</b> with the tags showing 😂 someone broke something'],
  [CA, 'en', 'Hi! I\'m a content creator in Vancouver (35k on IG), would love to collab on a home makeover 🏡 @MaisonLumiereCA', { d: 'marketing' }],
  [CA, 'fr', 'Enfin un magasin à Québec! On va aller voir ça en fin de semaine 😊', { d: 'marketing' }],
  [CA, 'en', 'The lamp section at the Ottawa store is where I go to think. Don\'t ask.', { d: 'marketing' }],
  [CA, 'en', 'Who else is at the Laval store right now? The line for the Boxing Day sale goes around the parking lot 😂', { d: 'marketing' }],
  [IG, 'en', '@tom_k this one for the new flat?'],
  [TW, 'en', 'why does every single apartment I visit in Paris have this exact lamp'],
  [CA, 'en', 'Hi, is there a privacy contact? I\'d like a copy of all the data you have on me under PIPEDA.', { d: 'legal' }],
];

export const OTHER = seeds('other', 'other', ROWS);
