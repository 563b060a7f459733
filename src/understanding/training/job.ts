// Jobs: applying, asking whether the company hires, internships, work-study, seasonal work, the
// follow-up of an application, what it is like to work there. Often phrased as plain questions.
import { examples } from './lines.ts';

const FR = `
Bonjour, vous embauchez des saisonniers pour cet été dans vos magasins du sud ?
J'ai envoyé ma candidature pour le poste de conseiller clientèle il y a 3 semaines, est-ce qu'elle a bien été reçue ?
Vous cherchez des alternants en comptabilité pour septembre ?
Bonjour, je suis en BTS commerce et je cherche un stage de 8 semaines, à qui dois-je m'adresser ?
Ambiance de travail chez vous, ça donne quoi ? Vous avez l'air sympa 😄
Est-ce que vos agences prennent des étudiants le samedi ?
@RailExpress vous formez des conducteurs sans expérience ?
Bonjour, j'aimerais rejoindre vos équipes en tant que développeuse front, où puis-je envoyer mon CV ?
Vous avez des postes en télétravail ?
Bonjour, l'entretien de jeudi est-il maintenu ? Je n'ai pas reçu de confirmation
Merci pour l'entretien de ce matin, j'ai hâte d'avoir votre retour !
J'ai vu l'annonce pour le poste de technicien réseau à Nantes, c'est encore d'actualité ?
Bonjour, je suis reconversion professionnelle, vous acceptez les profils sans diplôme dans le domaine ?
Vous faites des contrats étudiants pendant les vacances de Noël ?
Est-ce qu'il y a des opportunités pour les jeunes diplômés en data ?
Bonjour, je cherche une alternance en marketing digital, rythme 3 semaines / 1 semaine
J'ai postulé deux fois et jamais eu de réponse, même pas un refus... c'est normal ?
Quel est le salaire d'un conseiller en agence chez vous ? Pour savoir avant de postuler
Vous recrutez sur Bordeaux ?
Bonjour, ma fille de 16 ans cherche un job pour l'été, vous prenez les mineurs ?
Je suis électricien avec 10 ans d'expérience, vous avez besoin de monde ?
Ça recrute chez vous ? Je cherche un CDI dans la logistique
Bonjour, j'ai reçu une réponse négative à ma candidature, serait-il possible d'avoir un retour pour progresser ?
Est-ce que les stages sont rémunérés ?
Vous proposez des stages de 3e ? Mon fils doit en trouver un pour décembre
Hello, je viens de finir ma formation de boulangère, vous avez des places dans vos points de vente ?
Bonjour, vous avez un programme pour les personnes en situation de handicap ?
Je postule où pour être chauffeur livreur ?
Le lien de l'offre d'emploi sur votre page carrières ne fonctionne plus, il y a une autre façon de postuler ?
Bonjour, je suis aide-soignante et j'aimerais savoir si vous recrutez en Ehpad dans le Nord
Vous prenez des intérimaires en entrepôt pour les fêtes ?
J'adorerais travailler pour vous, vous avez des postes en communication ?
Bonjour, quel est le process de recrutement pour les hôtesses et stewards ?
Vous faites du job dating ? J'ai vu passer quelque chose sur LinkedIn
Est-ce que mon dossier de candidature est toujours en cours ? Ref 2024-118
Bonjour, je suis ingénieure et je cherche un VIE, vous en proposez ?
Ça se passe comment la période d'essai chez vous ?
Bonjour, je suis intéressé par le poste de caissier à temps partiel, les horaires sont comment ?
Vous embauchez des moniteurs pour les colonies cet été ?
Je termine mon master RH en juin, je serais ravie de faire partie de votre équipe
Est-ce qu'on peut travailler chez vous à temps partiel en étant étudiant ?
Bonjour, j'ai passé l'entretien la semaine dernière et je n'ai pas de nouvelles
Y a des postes de conseiller bancaire qui se libèrent dans le 93 ?
Vous cherchez des développeurs Java ? J'ai 5 ans d'expérience
Bonjour, comment se passe la cooptation chez vous ? Un ami y travaille
Je voudrais faire un stage d'observation d'une semaine, c'est possible ?
Quels sont les avantages salariés chez vous ? Tickets resto, mutuelle ?
Bonjour, est-ce que vous acceptez les candidatures spontanées ?
Je suis en recherche d'emploi, est-ce que vos magasins recrutent en ce moment ?
Bonjour madame, monsieur, je vous écris pour proposer mes services comme vendeuse, disponible immédiatement
Merci pour votre réponse, je vous envoie mon CV et ma lettre de motivation ce soir 🙏
Bonjour, j'ai été prise en alternance chez vous, à qui dois-je envoyer mon contrat signé ?
Est-ce qu'il faut le permis pour les postes de préparateur de commandes ?
Vous embauchez des vendeurs pour les soldes ?
Bonjour, vous prenez des contrats pro en maintenance industrielle ?
Je suis infirmier et je voudrais changer de voie, vous formez les nouveaux conseillers ?
Est-ce que les horaires de nuit sont obligatoires pour les postes en entrepôt ?
Salut ! Vous avez besoin de renfort pour l'inventaire ? Je suis dispo en janvier
Bonjour, quelle est la date limite pour candidater au programme graduate ?
J'ai une question sur l'offre de chef de rayon : il faut combien d'années d'expérience ?
Bonjour, mon entretien téléphonique était prévu à 10h et personne n'a appelé, comment je fais ?
Vous embauchez aussi les plus de 50 ans ?
Vous avez un centre de formation interne ? Je voudrais devenir technicienne fibre
Je suis en licence pro, je peux faire mon alternance dans votre siège à Lyon ?
Bonjour, pourriez-vous me dire si le poste d'assistant RH est pourvu ?
Votre entreprise a l'air top pour les salariés, vous cherchez des profils juridiques ?
Bonjour, je suis étudiant étranger avec un titre de séjour, je peux postuler aux jobs étudiants ?
Vous embauchez en CDD pour l'été à la caisse ?
Bonjour, je souhaiterais effectuer mon stage de fin d'études au sein de votre service achats
Bonjour, j'ai vu que vous ouvrez un magasin à Metz, les recrutements ont commencé ?
Il est possible de faire un stage dans votre équipe de data science ?
Vous prenez des étudiants pour les vendanges ?
Il y a des places d'apprenti boucher chez vous ?
Vous cherchez du monde pour Noël ?
Besoin de vendeurs cet hiver ?
Ça embauche au drive ?
Des postes dispo en caisse à Toulouse ?
Vous acceptez les stagiaires en 1re année de BTS ?
Des offres pour les contrats saisonniers à la montagne ?
Je peux déposer mon CV directement en magasin ou il faut passer par le site ?
Bonjour, j'ai 17 ans, à partir de quel âge on peut travailler chez vous ?
Est-ce que le poste de livreur est ouvert aux auto-entrepreneurs ?
Bonjour, je n'ai pas d'expérience mais je suis motivé, vous formez en interne ?
Vous avez encore besoin d'hôtes de caisse pour le week-end ?
Bonjour, j'ai vu votre annonce pour un community manager, le poste est basé où ?
Bonjour, comment se passe l'intégration des nouveaux conseillers ? Je commence lundi 😊
Je suis en recherche d'un stage en cybersécurité de 6 mois à partir de février
Vous avez des offres dans la région de Clermont ?
Le poste de manager est-il ouvert en interne ou aussi aux candidats externes ?
Bonjour, j'ai postulé en ligne mais je me suis trompée de CV, je peux le remplacer ?
Bonjour, est-ce que les alternants sont payés pendant les semaines d'école ?
Des jobs pour les étudiants en soirée ? J'ai cours la journée
Bonjour, votre centre d'appels recrute des bilingues anglais ?
Ma candidature a été refusée en 2 minutes, c'est un robot qui trie les CV ?
J'aimerais faire carrière dans la banque, quel parcours vous conseillez pour entrer chez vous ?
Bonjour, vous cherchez des mécaniciens poids lourds ? J'ai mon CAP et 3 ans d'expérience
Bonjour, le salon de recrutement de samedi, il faut s'inscrire avant ?
Les personnes en reconversion peuvent-elles devenir conductrices de train chez vous ?
Bonjour, j'ai reçu une proposition d'embauche, à qui je dois répondre pour accepter ?
Bonjour, vous recrutez des saisonniers pour vos hôtels en bord de mer ?
Bonjour, est-ce qu'on peut postuler à plusieurs offres en même temps ?
Bonjour, vous prenez des vendeurs pour les fêtes de fin d'année ?
Ma candidature pour le poste d'assistante RH est toujours en cours ? Pas de nouvelles depuis l'entretien
Il faut un diplôme particulier pour travailler en entrepôt chez vous ?
Je serais intéressé par un poste de livreur, vous avez des ouvertures dans l'Est ?
Bonjour, je termine mon master en logistique, vous avez des postes de jeunes diplômés ?
Comment se passe le processus de recrutement chez vous ? Combien d'entretiens ?
Vous faites du job dating cette année ? J'avais raté celui de l'an dernier
Bonjour, je voudrais savoir si mon CV déposé en boutique a été transmis aux RH
Vous acceptez les stages d'observation pour les collégiens ?
Bonjour, j'ai eu un entretien il y a 10 jours pour le poste de caissier, avez-vous pris une décision ?
Je suis intéressée par un contrat de professionnalisation chez vous, c'est possible ?
Y a-t-il des postes à temps partiel compatibles avec les études ?
Bonjour, je suis ancien militaire et je cherche à me reconvertir dans la logistique, vous recrutez ?
Toujours pas de retour après mon entretien de la semaine dernière, le poste est-il pourvu ?
Vous recrutez des préparateurs de commande en intérim ?
`;

const EN = `
Hi, are you taking on seasonal staff for the summer?
I applied for the customer service role three weeks ago, can you confirm you received it?
Do you have any apprenticeships in accounting starting in September?
I'm a second year student looking for a 10 week placement, who should I contact?
What's it like working for you guys? Seems like a fun place
Do your branches take students on Saturdays?
Do you train drivers with no experience?
Where can I send my CV? I'd love to join your design team
Do you have remote positions?
Is Thursday's interview still on? I haven't had a confirmation
Thanks for the interview this morning, looking forward to hearing back!
Is the network engineer job in Bristol still open?
I'm changing careers, do you accept candidates without a degree in the field?
Any opportunities for new grads in data?
I've applied twice and never heard back, not even a rejection. Is that normal?
What's the salary range for a store assistant? Asking before I apply
Are you hiring in Glasgow?
My daughter is 16 and looking for a summer job, do you hire under 18s?
I'm an electrician with 10 years experience, do you need anyone?
Got a rejection email, any chance of feedback so I can improve?
Are your internships paid?
The link to the job posting on your careers page is broken, is there another way to apply?
Do you hire temps for the warehouse over the holidays?
I'd love to work for you, any openings in marketing?
What's the recruitment process for cabin crew?
Is my application still being considered? Reference 7712
Do you accept speculative applications?
Are any of your stores recruiting at the moment?
Just got offered the apprenticeship, who do I send the signed contract to?
Do I need a driving licence for the picker roles?
My phone interview was supposed to be at 10 and nobody called, what should I do?
Do you hire people over 50?
Is there a graduate scheme for engineers this year?
What benefits do staff get? Pension, discount?
Can students work part time with you during term?
Any night shift roles at the distribution centre?
Hi, is the HR assistant position filled already?
I'm a nurse looking to change paths, do you train new advisers?
Do you sponsor visas for software developers?
I saw you're opening a store in Leeds, has hiring started?
Hello! Looking for a summer internship in your data science team, is that possible?
Are you looking for Java developers? I have 5 years of experience
When is the deadline for the graduate programme?
How does the employee referral scheme work? A friend works there
Do you take on work experience students for a week?
Submitted my CV through your site yesterday, fingers crossed 🤞
Do you take students for the summer?
Any apprentice butcher places?
Looking for extra staff for Christmas?
Need sales assistants this winter?
Is the warehouse hiring?
Any till jobs going in Cardiff?
Do you take first year students as interns?
Can I drop my CV in store or does it have to be online?
I'm 17, what's the minimum age to work for you?
No experience but really keen, do you train people in house?
Saw your ad for a social media manager, where is the job based?
Starting as an adviser on Monday, what's the onboarding like? 😊
Looking for a 6 month cybersecurity internship from February
Any openings around Sheffield?
Applied online but uploaded the wrong CV, can I replace it?
Do apprentices get paid during college weeks?
Any evening jobs for students? I have lectures during the day
Is your call centre recruiting bilingual French speakers?
My application was rejected in 2 minutes, is a bot screening CVs?
Are you looking for HGV mechanics? Qualified with 3 years experience
Got a job offer from you, who do I reply to to accept?
Can I apply for several roles at once?
Hi, are you taking on extra staff for the Christmas season?
Is my application for the HR assistant role still being considered? Haven't heard since the interview
Do you need any particular qualification to work in your warehouse?
I'd be interested in a driver position, any openings up north?
Finishing my master's in logistics, do you have graduate roles?
What's your recruitment process like? How many interviews?
Did my CV that I dropped off in store make it to HR?
Do you offer work experience placements for school students?
I had an interview 10 days ago for the cashier job, has a decision been made?
Any part-time roles that fit around university?
Ex-army, looking to retrain in logistics, are you recruiting?
Still no news after last week's interview, has the role been filled?
Are you taking on temp warehouse pickers?
`;

export const JOBS = examples('job', FR, EN);
