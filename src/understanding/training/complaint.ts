// Complaints: something went wrong and the writer holds the company to account, often without a
// single strong word (a late technician, a bill that doubled, a question that is really a reproach).
import { examples } from './lines.ts';

const FR = `
@FibreNet trois rendez-vous pris, trois fois personne. J'ai posé trois demi-journées pour rien
Votre conseiller devait me rappeler mardi. On est vendredi.
@BanqueAzur ma carte est bloquée depuis hier soir sans aucune explication, je suis à l'étranger
Facture d'électricité multipliée par deux alors qu'on est absents la moitié du mois, il y a un problème quelque part
Le train de 7h42 supprimé pour la 4e fois ce mois-ci. Merci de nous prendre pour des idiots
Colis marqué "livré" mais rien dans ma boîte aux lettres ni chez le gardien
45 min de musique d'attente au 3900, j'ai eu le temps de faire la vaisselle et de la ranger
Pourquoi est-ce que je paie 39€ par mois si la box redémarre toute seule dix fois par jour ?
@AppliBudget depuis la mise à jour impossible de me connecter, l'appli tourne dans le vide
J'ai commandé une taille 40, reçu une taille 36. Et pour le retour il faut payer ? sérieux ?
On m'a facturé des frais de dossier dont personne ne m'avait parlé à la signature
@VoltaEnergie compteur relevé deux fois, deux index différents, et c'est évidemment le plus élevé qui est facturé
bonjour, toujours pas de réponse à mon mail du 3 mars concernant mon remboursement
Le livreur a laissé le colis devant la porte sous la pluie, carton détrempé
Résilié depuis janvier et vous continuez à me prélever. Bravo la gestion.
Je viens d'attendre 1h10 en caisse avec 2 caisses ouvertes sur 12 un samedi après-midi
Mon vol a 6h de retard et personne au comptoir pour nous informer
Vous pouvez m'expliquer pourquoi mon forfait a augmenté de 5€ sans prévenir ?
Quand est-ce que quelqu'un va enfin s'occuper de mon dossier ? Ça fait un mois.
appli qui se ferme toute seule dès qu'on ouvre l'onglet paiement, c pénible
@ShopPlus commande annulée sans explication 2 jours avant Noël, merci pour les cadeaux
La conseillère a coupé l'appel en pleine phrase. Super accueil.
J'ai payé la livraison express, reçu en 9 jours
Franchement la qualité a bien baissé, le pantalon est troué après deux lavages
Ça fait trois semaines que je n'ai plus de réseau chez moi, je paie pour quoi exactement ?
On nous promet la fibre depuis 2021...
Virement envoyé lundi, toujours pas crédité. C'est normal de bloquer l'argent des gens comme ça ?
J'ai été débité de 89€ pour un abonnement que je n'ai jamais souscrit
Bus 38 qui passe pas, encore, et l'appli qui annonce "à l'approche" depuis 20 min
Le SAV me renvoie vers le magasin, le magasin me renvoie vers le SAV. On tourne en rond.
Chambre pas faite, serviettes sales, et on nous a facturé le petit déjeuner qu'on n'a pas pris
Votre chatbot ne comprend rien et il n'y a aucun moyen de parler à un humain
@MutuelleSante dossier de remboursement envoyé il y a 6 semaines, statut "en cours" depuis
Le produit ne correspond pas du tout aux photos du site
On m'a vendu une option que je n'avais pas demandée, je veux qu'on me l'enlève
Mdr la "livraison en 24h" 😂 5 jours et toujours en préparation
Je me suis déplacée pour rien, le magasin annonçait l'article en stock et il n'y en avait pas
C'est la troisième fois que je renvoie ce document, vous le perdez à chaque fois ?
Pas d'eau chaude depuis l'intervention de votre technicien, il était censé réparer pas casser
Mes points fidélité ont disparu de mon compte du jour au lendemain
Impossible de joindre qui que ce soit, le numéro sonne dans le vide
La clim du TGV en panne par 34 degrés, aucune compensation proposée
@CarRent on m'a facturé une rayure qui était déjà là au départ, j'ai des photos
Je résilie. 12 ans chez vous et c'est comme ça que vous traitez vos clients.
Mon prélèvement est passé deux fois ce mois ci, je suis à découvert à cause de vous
les frais bancaires qui tombent pour un retard de 2 jours, vous êtes pas gênés
Deux heures de coupure de courant hier soir et aucune info sur votre site
On reçoit vos pubs tous les jours mais pour répondre aux clients il n'y a plus personne
Repas livré froid, il manquait la moitié de la commande
Le remboursement promis "sous 48h" il y a 15 jours...
Le formulaire de résiliation plante à la dernière étape, comme par hasard
Vous m'avez envoyé la facture de quelqu'un d'autre, avec son adresse et son nom. Rassurant.
C'est quoi ce service ? J'appelle pour une simple question et on me transfère 4 fois
Mon colis est bloqué au centre de tri depuis 10 jours
@FibreNet débit à 2 Mega le soir alors que je paie la fibre 1 Giga
Le prix affiché en rayon n'était pas celui passé en caisse, et on m'a dit "c'est comme ça"
J'ai attendu le livreur toute la journée, avis de passage à 18h alors que j'étais là
Votre nouvelle appli est une catastrophe, rendez-nous l'ancienne
Dépôt de chèque fait il y a 3 semaines, toujours rien sur le compte
Personne n'a pu me dire où était ma valise. Trois jours sans affaires.
Le ticket resto refusé en caisse alors que c'est marqué accepté sur la porte
Vous m'avez coupé la ligne par erreur et maintenant il faut attendre 10 jours pour la rétablir ?!
bjr jai tjrs pas recu ma carte vitale de remplacement ca fait 2 mois
Trop déçue par la nouvelle formule, c'est beaucoup plus petit pour le même prix
je comprends pas pourquoi on me demande encore un justificatif que j'ai déjà envoyé 2 fois
@ShopPlus vous avez encaissé ma commande mais elle n'apparaît nulle part dans mon compte
Chauffeur désagréable, a refusé de baisser la musique et a pris le chemin le plus long
L'abonnement salle de sport continue d'être prélevé alors que la salle est fermée pour travaux
Encore une mise à jour qui supprime mes réglages, merci
Le technicien est venu, a regardé, est reparti. Toujours pas internet.
On m'a promis un geste commercial au téléphone, rien vu sur la facture
Les toilettes du train hors service sur un trajet de 5h, c'est pas possible
Produit indiqué disponible, commande annulée le lendemain pour rupture, c'est la 2e fois
@VoltaEnergie l'estimation de ma mensualité est délirante, 210€ pour un studio
La hotline est fermée le samedi alors que c'est le seul jour où les gens peuvent appeler
Voilà 20 minutes que je suis bloquée à la borne, aucun agent en gare
J'ai reçu un colis vide. Juste le carton et du papier bulle.
L'application de la banque est encore en maintenance un vendredi soir
Quinze jours sans téléphone fixe et l'assistance me répond "on fait remonter"
Vous avez perdu un client. Et pas qu'un, je vais le dire autour de moi.
Mon compte a été suspendu sans raison et le support ne répond pas
réduction annoncée -30% et en caisse le prix plein, c'est de la publicité mensongère
Nous avons été surclassés... en bas. Chambre côté parking au lieu de la vue mer réservée.
Toujours pas de nouvelles du dossier sinistre ouvert en septembre
Deuxième carte bancaire en un an qui se démagnétise, c'est quoi la qualité de vos cartes ?
Je n'arrive même pas à télécharger ma facture, le lien mène sur une page blanche
Le siège réservé et payé a été donné à quelqu'un d'autre
C'est scandaleux de faire payer la carte de fidélité 10€ maintenant
Votre article est arrivé rayé et la boite ouverte. Vendu comme neuf ?
On attend toujours le remboursement du billet annulé en avril
Vous êtes injoignables. Chat fermé, mail sans réponse, téléphone saturé.
mon abonnement a été renouvelé automatiquement sans aucun rappel, je veux être remboursé
Le casque acheté il y a 3 mois ne charge plus et on me dit que la garantie ne couvre pas
La nouvelle interface de l'espace client est illisible, on ne trouve plus rien
Cela fait 4 jours que mon paiement est "en cours de validation"
Et c'est reparti pour une grève sans aucun bus de remplacement, comment on va au travail ?
@AssurHabitat votre expert n'est jamais venu et on me dit que le dossier est classé
Retard de 40 min, correspondance ratée, et la seule réponse c'est "nous vous présentons nos excuses"
Pas content. Du tout.
Bon bah encore une semaine sans internet, vive la fibre 🙃
Bref, 3e appel, 3e version différente. Vos conseillers se contredisent tous.
commande reçue incomplète, il manque 2 articles sur 5
La vendeuse m'a littéralement ignorée pendant 10 minutes
Franchement décevant, je m'attendais à mieux pour ce prix-là
Mon forfait data est épuisé en 3 jours alors que je ne fais rien de plus que d'habitude
La borne de recharge du parking ne marche pas depuis des semaines
J'ai payé pour un service premium et j'ai eu pire que le standard
Vous me réclamez 340€ de régularisation sans aucun détail, je conteste
Je voulais juste changer mon adresse, ça fait 3 semaines que ça traîne
5 jours ouvrés pour débloquer un virement de 200€, on est en quelle année ?
Ma commande devait arriver samedi, le suivi n'a pas bougé depuis mercredi 😤
@RailExpress place réservée en voiture 12, voiture 12 inexistante. On fait comment ?
Je vous ai envoyé trois messages privés, zéro réponse. Il y a quelqu'un derrière ce compte ?
Je suis venu exprès pour le retrait et on me dit de revenir demain
Quatrième message sans réponse. Je commence à me demander s'il y a quelqu'un.
Pourquoi on me demande de payer une deuxième fois la carte grise alors que c'est déjà réglé ?
C'est normal que le prix ait changé entre le panier et le paiement ?
Sérieusement, 3 semaines pour un simple changement de RIB ?
Comment c'est possible de perdre un colis de 30 kg ?
Pourquoi personne ne me rappelle alors qu'on m'a promis un rappel sous 24h ?
Vous trouvez ça normal de facturer 15€ un appel au service client ?
Encore raté le bus parce qu'il est passé 5 min en avance
Ils ont changé l'horaire du dernier train sans prévenir, je dors où moi ce soir ?
La réparation était censée prendre 3 jours, ça fait 3 semaines
Mon dossier est passé entre 4 mains différentes et personne ne sait où il en est
Des nouvelles ? Ça fait 10 jours que j'ai ouvert la réclamation
up, toujours aucune réponse de votre part
Je relance pour la troisième fois. Numéro de dossier dans vos DM.
pareil chez moi, commande passée le 2 et rien reçu
Moi aussi ! Facturée deux fois et personne pour me répondre
Bravo, encore un rendez-vous manqué, je vais finir par poser des congés exprès pour vous attendre
Merci pour l'attente de 2h en agence, j'ai pu finir mon livre
Génial, la mise à jour a effacé toutes mes données. Vraiment génial.
Super le nouveau site, impossible de trouver le bouton pour annuler 🙃
Et sinon, quelqu'un travaille encore au service client ou c'est fermé définitivement ?
On vous écrit, vous répondez "nous revenons vers vous". On attend toujours.
Le livreur a signé à ma place. Colis introuvable évidemment.
Carton ouvert, produit rayé, notice absente. Neuf, paraît-il.
La prime promise à l'ouverture du compte n'a jamais été versée
Vous m'avez changé de tarif sans mon accord, je veux revenir à l'ancien
Le chauffe-eau installé la semaine dernière fuit déjà
Mon remboursement a été refusé sans motif, j'aimerais comprendre
Encore un colis déposé en point relais à 12 km alors que j'avais choisi la livraison à domicile
Trois échanges pour la même paire de chaussures, toujours défectueuse
Quand je demande un responsable on me dit qu'il n'y en a pas. Pratique.
J'ai dû me déplacer trois fois en boutique pour un simple changement de forfait
L'appli affiche un solde faux depuis lundi, j'ai failli être à découvert
Votre conseiller m'avait assuré que c'était sans engagement. Surprise, 24 mois.
Le site plante au moment de payer, trois fois de suite, et mon panier a disparu
Le gardien de l'immeuble n'a jamais vu votre livreur, contrairement à ce que dit le suivi
C'est la deuxième fois que ma réservation est annulée la veille. Inadmissible.
Pas un mot d'excuse, pas un geste, rien. Je m'en souviendrai.
Franchement vous êtes devenus nuls. Avant c'était bien.
j'ai acheté le modèle à 800€ et il tombe en panne au bout de 3 semaines, vous rigolez ?
on a payé l'installation, l'installateur n'est jamais venu, et on nous la facture quand même
Impossible de modifier ma commande alors qu'elle n'est même pas expédiée
Chaque mois une nouvelle erreur sur la facture, c'est épuisant
La file d'attente au SAV fait le tour du magasin, une seule personne au comptoir
Carte fidélité refusée en caisse, points perdus, et on me dit de voir sur internet
On me demande de rappeler demain. Depuis une semaine.
Vous m'aviez promis un rappel avant midi. Il est 17h.
Le retour est gratuit qu'ils disaient. 8,90€ débités.
Commande marquée "expédiée" depuis 9 jours, le transporteur ne l'a jamais reçue
Ma réclamation a été clôturée sans que personne ne m'ait contactée
Le produit reçu n'a rien à voir avec la description, matière cheap et couleur différente
Vous pouvez m'expliquer pourquoi je reçois encore des relances pour une facture payée ?
C'est quoi l'intérêt d'avoir une garantie si vous refusez toutes les réparations ?
Comment se fait-il que personne ne soit capable de me dire où est ma commande ?
Vous comptez me rembourser quand exactement ?
Pourquoi est-ce que je dois payer des frais pour une erreur qui vient de vous ?
Et toujours rien. Formidable.
bon ça fait 2h que j'attends le technicien qui devait passer entre 8h et 12h
Plus jamais je ne commande chez vous.
Moi qui pensais que vous étiez sérieux...
on m'a dit 48h, on en est à 6 jours
le colis a fait un aller-retour au dépôt trois fois, je ne le verrai jamais
J'ai reçu la mauvaise couleur, et le retour me coûte plus cher que l'article
Facture reçue avec une ligne "frais divers" de 12€, c'est quoi ?
La caisse automatique m'a débité deux fois, l'employé m'a dit de voir avec ma banque
Pas de réponse au mail, pas de réponse au téléphone, pas de réponse ici. Vous êtes où ?
Produit retourné il y a un mois, toujours pas d'avoir
Vous avez une drôle de définition du mot "garantie"
La lampe de ma voisine a le même défaut, ce n'est pas un hasard
Franchement 45€ de livraison pour un carton laissé dans le hall...
`;

const EN = `
@FibreNet third appointment, third no-show. I've taken three half days off work for nothing
Still waiting on the manager who was supposed to ring me back last week.
My card got blocked overnight with no explanation and I'm abroad. Great timing @AzureBank
Why is my electricity bill twice what it was last month? Nothing has changed at home
Train cancelled again. That's four times this month.
Tracking says delivered. It wasn't. Nothing at the door, nothing with the neighbours.
Been on hold for 50 minutes, cooked dinner in the meantime
Paying for 500Mb and getting 3Mb every evening, how is that acceptable?
Ordered a medium, got an XS, and now you want me to pay for the return?
Still no reply to my email from two weeks ago about my refund
You cancelled my order two days before Christmas with zero explanation
I cancelled in January and you're still taking money out of my account
Since the update the app forgets my login and I have to type everything again each time
Charged a fee nobody mentioned when I signed up. Not cool.
@ShopPlus package left in the rain on the doorstep, box completely soaked
Flight delayed 6 hours and not a single staff member at the desk
Why did my plan go up by $8 without any notice?
Your chatbot is useless and there's no way to reach a human
Bus 12 didn't show up again. The app said arriving for 20 minutes.
The room wasn't cleaned and we were billed for breakfast we never had
Food arrived cold and half the order was missing
Three weeks without internet and your support keeps telling me "we've escalated it"
So the 24h delivery took 6 days. Cool cool cool.
Received an empty box. Just packaging.
Your agent hung up on me mid-sentence
I've sent the same document three times now. Do you lose them on purpose?
Loyalty points vanished from my account overnight
Price on the shelf was not the price at the till and staff just shrugged
Driver was rude and took the longest possible route
My transfer has been "pending" for 5 days. It's my money.
The new app update is a disaster, please bring back the old one
Lost my suitcase and nobody can tell me where it is. Day three.
Subscription auto-renewed without any reminder, I want my money back
The headphones stopped charging after three months and warranty "doesn't cover it"
You sent me someone else's invoice with their full name and address
It's been a month and my claim still says "in progress"
Billed twice this month and now I'm overdrawn because of you
Gym is closed for renovation but the membership still gets charged. Seriously?
Technician came, looked around, left. Still no internet.
Promised a goodwill credit on the phone, nothing on the bill
Website says in stock, then cancels my order the next day. Again.
Your support is closed on weekends, the only time people can actually call
Not impressed at all with the quality lately, the jacket is falling apart after two washes
Is anyone actually reading my DMs? Three messages, no answer.
Seat I paid extra for was given to someone else
Another outage this morning, third one this week
Still waiting for the refund for the cancelled trip back in April
I can't even download my invoice, the link goes to a blank page
The self-checkout has been broken for weeks and there's one cashier for the whole store
Why am I paying for premium when I get worse service than basic?
Account suspended with no reason given and support won't answer
The discount advertised online wasn't applied at checkout and now they say it's expired
You've lost a customer after 10 years. Well done.
Order arrived with two items missing out of five
Data allowance gone in three days while my usage hasn't changed
I was promised a callback twice. Nothing.
the app crashes each time i try to pay
Waited in the queue for an hour with two tills open on a Saturday
The charging station in your car park hasn't worked for weeks
So disappointed with the new recipe, smaller portion for the same price
Nobody warned us the pool would be closed the whole week we were there
You changed my delivery slot without asking and now I'm at work
My phone line was cut by mistake and now it takes 10 days to restore it??
Your estimate for my monthly payment is absurd, $240 for a one bedroom flat
Assessor never came and now you tell me the claim is closed
Agents keep contradicting each other, three calls, three different answers
The new customer portal is impossible to navigate
Booked a sea view, got a view of the bins
Why does it take 5 working days to unblock a $200 transfer?
Still no refund. Still no reply. Still waiting.
Came in specially to collect and I'm told to come back tomorrow
Fourth message with no reply. Starting to wonder if anyone is there.
Is it normal for the price to change between basket and checkout?
Seriously, three weeks to update my bank details?
How do you lose a 30kg parcel?
Why is nobody calling me back when I was promised a call within 24 hours?
Do you think it's fair to charge for calling customer service?
Missed the bus again because it came 5 minutes early
The repair was meant to take 3 days, it's been 3 weeks
Any update? Ticket opened 10 days ago and nothing
bump. still no answer from you guys
Chasing this for the third time. Case number is in your DMs.
same here, ordered on the 2nd and nothing has turned up
Me too! Charged twice and no one replying
Great, another missed appointment. I'll just take the whole week off for you next time
Thanks for the two hour wait at the branch, really made my day
Love how the update wiped all my saved data. Brilliant work.
Amazing new website, can't find the cancel button anywhere 🙃
Does anyone still work in customer service or has it closed for good?
Every reply is "we'll get back to you". Still waiting.
Courier signed for my parcel himself. Parcel nowhere to be found, obviously.
Box opened, item scratched, no manual. Brand new apparently.
The sign-up bonus you advertised was never paid
You switched my tariff without asking, put me back on the old one
The boiler you installed last week is already leaking
My refund was refused with no reason given, I'd like an explanation
Paid for home delivery and it got dropped at a pickup point 8 miles away. Again.
Third exchange for the same pair of boots and they're still faulty
Asked for a manager and was told there isn't one. Convenient.
Three trips to the store for a simple plan change
The app has been showing the wrong balance since Monday, nearly went overdrawn
Your rep swore it was no contract. Turns out it's 24 months.
Checkout crashed three times in a row and emptied my basket
Second time my booking has been cancelled the night before. Not acceptable.
Not even an apology. I'll remember this.
Honestly you used to be good. Not anymore.
Spent $900 on this washer and it broke after three weeks, are you kidding me?
We paid for installation, nobody came, and you still billed us for it
Why can't I change my order when it hasn't even shipped?
Every month there's another mistake on my bill
I was told someone would call before noon. It's 5pm.
Free returns they said. $9 taken from my card.
My complaint was closed without anyone contacting me
What's the point of a warranty if every repair gets refused?
When exactly are you planning to refund me?
Why should I pay a fee for your mistake?
How is it that no one can tell me where my order is?
And still nothing. Wonderful.
been waiting two hours for the engineer who was due between 8 and 12
That's the last time I order from you.
And I thought you were a serious company...
told 48 hours, we're on day six
parcel has gone back to the depot three times, I'll never see it
Got the wrong colour and returning it costs more than the item
There's a $12 "miscellaneous fee" on my invoice, what is that?
Self-checkout charged me twice and staff told me to sort it with my bank
No reply by email, by phone or here. Where are you?
Returned the item a month ago, still no credit
You have a funny definition of "warranty"
`;

export const COMPLAINTS = examples('complaint', FR, EN);
