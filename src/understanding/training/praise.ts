// Praise: thanks, compliments, enthusiasm, from a long message about a helpful employee to a single
// word and an emoji under a photo.
import { examples } from './lines.ts';

const FR = `
Canon 😍
Trop beau 🔥🔥
Sublime !!
J'adore ❤️
Wahou les nouveaux modèles 😍😍
Trop stylée la nouvelle carte
Incroyable ce nouveau design 👏
Tellement joli
Magnifiques les nouvelles rames
Je valide à 100% 👌
Ça donne envie 🤤
Le feu 🔥
Coup de coeur pour cette couleur 💚
Trop mignon 🥰
Franchement rien à redire, nickel
Un grand merci à Sofiane de l'agence de Tours, il a pris le temps de tout expliquer à ma mère
Merci à la conseillère du chat qui a réglé mon problème en 5 minutes 🙏
Livré en avance et bien emballé, parfait
Service impeccable à l'hôtel, on reviendra !
Le chauffeur du 52 ce matin, toujours souriant, ça fait plaisir 😊
Bravo pour la nouvelle appli, enfin claire et rapide
Aucun regret sur cet achat, le meilleur de mes dernières années
Équipe au top au magasin de Grenoble, merci pour les conseils
Remboursée en deux jours sans la moindre discussion, chapeau
Je voulais juste dire merci pour la gentillesse du technicien venu hier
Toujours un plaisir de voyager avec vous
Super contente de ma commande, la qualité est au rendez-vous
Merci d'avoir pensé aux personnes âgées avec les horaires réservés
Top la nouvelle fonctionnalité de virement programmé 👍
Ça fait 10 ans que je suis cliente et je n'ai jamais été déçue
Personnel adorable, repas délicieux, rien à dire
Enfin un opérateur qui répond vite et bien
Bravo à l'équipe du SAV, problème réglé en une journée
La nouvelle boutique est magnifique, bravo !
Trop contente, la couleur est encore plus belle en vrai
Je recommande les yeux fermés
Merci merci merci, vous m'avez sauvé la soirée 🙏🙏
Conseillère au téléphone très professionnelle et à l'écoute, ça change
Superbe séjour, chambre spacieuse et propre
La pâtisserie de la semaine est une tuerie 🤤
Qualité top, prix correct, livraison rapide, que demander de plus ?
Bel effort sur les emballages, bravo
J'ai testé la nouvelle formule, un régal
Vous gérez 👏👏
Merci d'avoir retrouvé mon sac oublié dans le train, je n'y croyais plus
Chapeau pour la campagne de pub, drôle et intelligente 😂
Très bonne expérience, de la commande à la livraison
Super équipe à l'accueil, toujours de bonne humeur
Le service client le plus réactif que je connaisse
Mon fils adore son nouveau vélo, merci pour les conseils au magasin
Je suis fan 😍
Rien à dire, parfait comme d'habitude
Merci pour votre réactivité !
Accueil chaleureux à l'agence, merci à toute l'équipe
Appli simple et efficace, enfin !
Que du bonheur 💛
Waouh la vue depuis la chambre 😍
Trop fort le nouveau menu
Ça c'est du service 👌
Grand merci pour le suivi de mon dossier, très clair du début à la fin
Whaou ! bravo pour les nouvelles couleurs
Génialissime
Bravo, enfin du wifi qui marche dans le train 😄
Les nouvelles bornes en libre-service c'est top, plus besoin de faire la queue
Merci pour le cadeau d'anniversaire dans la box 🎁 petite attention qui fait plaisir
Superbe vitrine de Noël, les enfants étaient émerveillés ✨
Je suis bluffée par la rapidité, commandé hier soir reçu ce matin
Mention spéciale au livreur qui a monté le colis au 5e sans ascenseur 💪
Excellente initiative les paniers solidaires
Toujours aussi bon 😋
Elle est trop belle 😍😍😍
Merci pour ce moment
Vous avez assuré 👍
Je kiffe 🔥
Trop classe
Sobre et élégant, j'adore
Ma banque préférée, de loin 😄
Encore merci pour votre aide hier
Superbe 👌
Beau travail 👏👏
Trop chou 😍
Sublime cette vitrine
Joli !
Top top top
Vraiment réussi
C'est canon
Parfait 👍
J'adore la nouvelle pub 😂❤️
Bien joué l'équipe
Ouah
Ça claque 🔥🔥🔥
Incroyable 😍
Hâte de tester, ça a l'air génial
Le nouveau logo est vraiment beau
Toujours au top 💯
C'est tellement beau 😭❤️
Merci pour tout 🙏
La classe
Trop bien fait
Merci à l'équipe de nuit de la gare qui m'a aidée avec mes valises
Accueil au top ce matin, merci Julie !
Je viens de recevoir ma carte, design magnifique
Enfin réglé ! Merci à la personne qui a repris mon dossier, efficace et souriante
Bon, je retire ce que j'ai dit hier : colis arrivé et remboursement des frais de port. Merci
Dossier traité en une journée après mon message ici, merci pour la réactivité
Livreur adorable qui a monté le carton au 5e sans ascenseur, merci à lui 🙏
Franchement rien à redire, commande reçue en 24h, bien emballée
Accueil au top à l'agence de Rouen, on se sent écouté
Je suis cliente depuis 15 ans et je ne suis jamais déçue
Vous avez sauvé mon week-end, merci mille fois
Le nouveau canapé est parfait, tout le salon a changé ✨
Installation impeccable, technicien ponctuel et très pro
Quel bonheur ce service client qui répond en 5 minutes
Hâte de recevoir la suite, la première commande était parfaite
Magnifique 😍 je craque
C'était ma première commande chez vous, certainement pas la dernière
Bravo pour la nouvelle appli, enfin simple et rapide
Merci d'avoir pris le temps de m'expliquer, ça change des plateformes téléphoniques
Trop contente de mon achat, les photos ne lui rendent pas justice
Le colis est arrivé avec un petit mot manuscrit, c'est adorable
Service après-vente exemplaire, pièce changée sous garantie sans discussion
On en parle de la qualité ? Trois ans et comme neuf
Merci à la conseillère du chat, problème réglé en 10 minutes 👏
Commande arrivée avec un jour d'avance, top !
Je voulais juste dire que votre équipe de Lyon est adorable
Ça fait plaisir un SAV qui tient ses promesses
Très bonne surprise, la qualité est au rendez-vous
`;

const EN = `
Gorgeous 😍
Stunning!!
Obsessed 🔥🔥
Love this ❤️
Wow the new collection 😍😍
Very cool 👏
Absolutely beautiful
Need this in my life 🤤
10/10 🔥
Love it 💚
So cute 🥰
Huge thanks to Priya at the Leeds branch, she walked my dad through the whole app
Shout out to the chat agent who sorted my issue in 5 minutes 🙏
Arrived early and beautifully packed, perfect
Brilliant stay, we'll be back!
The driver on the 52 this morning is always smiling, made my day 😊
Well done on the new app, finally clean and fast
Best purchase of the year, no regrets
Great team at the Bristol store, thanks for the advice
Refunded in 48 hours no questions asked, impressive
Just wanted to say thanks to the engineer who came yesterday, lovely guy
Always a pleasure travelling with you
Really happy with my order, quality is spot on
Been a customer for 10 years and never been let down
You guys are the best ❤️
Lovely staff, delicious food, nothing to fault
Finally a provider that answers quickly and properly
Kudos to the support team, sorted in a day
The new shop looks amazing!
The colour is even nicer in real life, so pleased
Highly recommend
Thank you thank you thank you, you saved my evening 🙏🙏
Gorgeous room and spotless, great stay
This week's cake is insane 🤤
Great quality, fair price, fast delivery, what more could you ask for?
Nice work on the new packaging
You nailed it 👏👏
Thank you for finding the bag I left on the train, I'd given up hope
Love the new ad campaign, funny and clever 😂
Great experience from order to delivery
The most responsive customer service I know
My son loves his new bike, thanks for the advice in store
Big fan 😍
Flawless as always
Thanks for the quick response!
App is simple and works, finally!
Pure joy 💛
That view from the room 😍
Now that's service 👌
Special mention to the courier who carried it up 5 floors 💪
Still as good as ever 😋
She's beautiful 😍😍😍
You smashed it 👍
Sleek and elegant, love it
My favourite bank by far 😄
Thanks again for your help yesterday
Obsessed with the new menu
Stunning Christmas windows this year, the kids were amazed ✨
Beautiful 👌
Amazing work 👏👏
So adorable 😍
Gorgeous window display
Lovely!
Brilliant brilliant brilliant
Nailed it
Stunning 🔥
Perfect 👍
Love the new ad 😂❤️
Well done team
Wow
Fire 🔥🔥🔥
Incredible 😍
Can't wait to try it, looks amazing
The new logo looks great
Always top notch 💯
Honestly beautiful 😭❤️
Thanks for everything 🙏
Class
Thanks to the night staff at the station who helped me with my bags
Great welcome this morning, thanks Julie!
Finally sorted! Thanks to whoever picked up my case, quick and friendly
OK I take back what I said yesterday: parcel arrived and shipping refunded. Thank you
Fixed within a day of my post here, thanks for jumping on it
The driver carried the box up five floors with no lift, legend 🙏
Honestly no complaints, order arrived in 24h and beautifully packed
Staff at the Leeds branch were brilliant, actually listened to me
Been a customer for 15 years and never disappointed
You saved my weekend, thank you so much
The new sofa is perfect, the whole room feels different ✨
Spotless installation, technician on time and very professional
What a joy, customer service answered in five minutes
My first order with you and definitely not the last
Well done on the new app, finally simple and fast
Thanks for taking the time to explain, makes a change from call centres
The parcel came with a handwritten note, so sweet
After-sales was exemplary, part replaced under warranty no questions asked
Three years on and it still looks brand new, quality
Gorgeous 😍 I want it
Thanks to the chat agent, sorted in 10 minutes 👏
Order arrived a day early, brilliant!
Just wanted to say your Manchester team is lovely
Nice to see after-sales that keeps its promises
Pleasant surprise, the quality is there
`;

export const PRAISE = examples('praise', FR, EN);
