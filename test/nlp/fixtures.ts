// Small bilingual routing history: messages an organisation received, labelled with the department
// that handled them, plus a few that belonged to no department ("oos").
import type { Example } from '../../src/nlp/classifier.ts';

const afterSales = [
  'Ma commande n’est toujours pas arrivée, je suis très déçu',
  'Le colis est arrivé abîmé, je veux un remboursement',
  'Produit défectueux, comment faire un retour ?',
  'Toujours pas de réponse du service client pour ma réclamation',
  'Livraison en retard de deux semaines, inadmissible',
  'Je veux être remboursé, la machine ne fonctionne pas',
  'Mon colis a été perdu par le livreur',
  'La garantie couvre-t-elle la panne de mon appareil ?',
  'My order still has not arrived, very disappointed',
  'The parcel arrived damaged, I want a refund',
  'Defective product, how do I return it?',
  'Still no answer from customer service about my complaint',
  'Delivery is two weeks late, unacceptable',
  'I want my money back, the machine does not work',
  'The courier lost my parcel',
  'Does the warranty cover the breakdown of my device?',
];

const hr = [
  'Bonjour, je souhaite postuler au poste de développeur',
  'Avez-vous des offres de stage pour cet été ?',
  'Comment envoyer ma candidature spontanée ?',
  'Quel est le salaire pour le poste de commercial ?',
  'J’ai passé un entretien la semaine dernière, des nouvelles ?',
  'Recrutez-vous des alternants en marketing ?',
  'Je voudrais rejoindre votre équipe, où envoyer mon CV ?',
  'Les conditions de télétravail pour les salariés ?',
  'Hello, I would like to apply for the developer job',
  'Do you have internships available this summer?',
  'How do I send an unsolicited job application?',
  'What is the salary for the sales position?',
  'I had a job interview last week, any news?',
  'Are you hiring apprentices in marketing?',
  'I would like to join your team, where do I send my resume?',
  'What are the remote work conditions for employees?',
];

const press = [
  'Journaliste au Monde, je souhaite interviewer votre directeur',
  'Pouvez-vous réagir à l’article paru ce matin dans la presse ?',
  'Demande de contact presse pour un reportage télévisé',
  'Où trouver votre dernier communiqué de presse ?',
  'Je prépare un article sur votre entreprise, qui contacter ?',
  'Le service de presse peut-il confirmer l’information ?',
  'Demande d’interview radio pour demain matin',
  'Votre porte-parole est-il disponible pour une émission ?',
  'Journalist at the Guardian, I would like to interview your CEO',
  'Can you comment on the article published this morning in the press?',
  'Press contact request for a TV report',
  'Where can I find your latest press release?',
  'I am writing an article about your company, who should I contact?',
  'Can the press office confirm the news?',
  'Radio interview request for tomorrow morning',
  'Is your spokesperson available for a show?',
];

const outOfScope = [
  'Quelle belle journée ensoleillée aujourd’hui',
  'Qui a gagné le match de foot hier soir ?',
  'Une recette de gâteau au chocolat facile ?',
  'Joyeux anniversaire à ma sœur !',
  'What a lovely sunny day today',
  'Who won the football game last night?',
  'Any easy chocolate cake recipe?',
  'Happy birthday to my sister!',
];

export const routingExamples: Example[] = [
  ...afterSales.map((text) => ({ text, label: 'after-sales' })),
  ...hr.map((text) => ({ text, label: 'hr' })),
  ...press.map((text) => ({ text, label: 'press' })),
  ...outOfScope.map((text) => ({ text, label: 'oos' })),
];

/** Unseen messages with the department that should get them. */
export const routingProbes: Array<[string, string]> = [
  ['Colis jamais reçu, je demande le remboursement de ma commande', 'after-sales'],
  ['My parcel never arrived, I want a refund for my order', 'after-sales'],
  ['Je voudrais postuler, avez-vous des offres de poste ?', 'hr'],
  ['Are you hiring? I want to apply for a job in your team', 'hr'],
  ['Journaliste, je prépare un reportage et souhaite une interview', 'press'],
  ['I am a journalist preparing an article, can I interview your spokesperson?', 'press'],
];
