-- National-scale data set (issue 21, point 3), deterministic: the same rows on every run, no random().
-- Added on top of the demo (its 460 national fiches stay); every generated row is recognisable
-- (collectivités "gen-NNNN", communes 40000–74999, UAI 8NNNNNNX) and removed first, so it can run twice.
--   35,000 communes; 60,000 establishments shaped like the Annuaire (écoles and collèges, addresses,
--   positions); 5,000 subscribing collectivités (4,500 communes, 500 intercommunalités of 10 communes)
--   with every local field filled; 1,000,000 carte scolaire rules (200 per collectivité).
\set ON_ERROR_STOP on
\timing on
begin;
delete from collectivite where slug like 'gen-%';
delete from etablissement where uai like '8%';

-- Commune i (0..34999): code 40000 + i, name "Bourg-i" in département 40 + i / 1000.
create temporary table gen_commune as
select i, (40000 + i)::text as code, 'Bourg-' || i as nom, lpad(((40000 + i) / 1000 * 1000 + i % 1000)::text, 5, '0') as cp
from generate_series(0, 34999) as i;

-- Establishment j (0..59999): commune j % 35000; the first one of each commune is an école
-- (maternelle and élémentaire), a second one for the first 25,000 communes, one in five a collège.
insert into etablissement (uai, nom, type, nature_code, nature_libelle, statut, ecole_maternelle, ecole_elementaire,
    adresse_1, code_postal, code_commune, nom_commune, telephone, restauration, nombre_eleves, latitude, longitude,
    ouvert, empreinte)
select '8' || lpad(j::text, 6, '0') || chr(65 + j % 26),
       case when j >= 35000 and j % 5 = 0 then 'COLLEGE ' else 'ECOLE PRIMAIRE ' end || 'DU BOURG ' || (j % 35000),
       case when j >= 35000 and j % 5 = 0 then 'Collège' else 'Ecole' end,
       case when j >= 35000 and j % 5 = 0 then '340' else '151' end,
       case when j >= 35000 and j % 5 = 0 then 'COLLEGE' else 'ECOLE DE NIVEAU ELEMENTAIRE' end,
       case when j % 7 = 0 then 'PRIVE' else 'PUBLIC' end,
       not (j >= 35000 and j % 5 = 0), not (j >= 35000 and j % 5 = 0),
       (1 + j % 40) || ' rue des Écoles', c.cp, c.code, upper(c.nom), '02 99 ' || lpad((j % 100)::text, 2, '0') || ' 00 00',
       true, 80 + j % 400, 43.0 + (j % 35000) * 0.0002, -1.0 + (j % 35000) * 0.00022, true, md5(j::text)
from generate_series(0, 59999) as j join gen_commune c on c.i = j % 35000;

-- Collectivité c (0..4999): 4,500 communes (commune c), then 500 EPCIs of communes 4500 + 10 (c - 4500) + m.
insert into collectivite (slug, type, nom, code_insee, academie, zone_vacances, couleur_primaire, couleur_secondaire,
    site_web, afficher_ecoles, afficher_colleges)
select 'gen-' || lpad(c::text, 4, '0'),
       case when c < 4500 then 'COMMUNE' else 'EPCI' end,
       case when c < 4500 then 'Bourg-' || c else 'Communauté de communes ' || c end,
       case when c < 4500 then (40000 + c)::text end,
       (array['Rennes', 'Nantes', 'Bordeaux', 'Lyon', 'Lille', 'Toulouse', 'Dijon', 'Montpellier'])[1 + c % 8],
       (array['A', 'B', 'C'])[1 + c % 3],
       '#1f4e79', '#2e5e2e', 'https://www.exemple.fr/gen-' || c, true, c >= 4500
from generate_series(0, 4999) as c;
insert into collectivite_commune (collectivite_id, code_insee, nom)
select k.id, g.code, g.nom
from collectivite k
join lateral (select ((substring(k.slug from 5))::int - 4500) * 10 + 4500 as first) f on true
join gen_commune g on g.i between f.first and f.first + 9
where k.slug like 'gen-%' and k.type = 'EPCI';

-- Every local field filled, from the dictionary's example with the collectivité's name.
insert into local_value (collectivite_id, field_key, value)
select k.id, f.key, replace(f.exemple, 'Villeneuve-sur-Lot', k.nom)
from collectivite k cross join local_field f
where k.slug like 'gen-%';

-- 200 rules per collectivité: rule r of member commune m = r % M (M = 1 or 10), street s = (r / M) / 5 of
-- 40 names, number range q = (r / M) % 5 (1–39, 41–79, …), level by street, the commune's first école
-- (its collège, when it has one, for the collège rules).
create temporary table gen_voie as
select row_number() over () - 1 as s, v
from unnest(array['rue de la Gare', 'rue de l''Église', 'place de la Mairie', 'rue du Moulin', 'rue des Écoles',
    'Grande Rue', 'rue Pasteur', 'rue Victor Hugo', 'avenue Jean Jaurès', 'rue de la Poste', 'chemin des Vignes',
    'rue du Stade', 'allée des Tilleuls', 'rue des Lilas', 'impasse des Peupliers', 'rue du Château',
    'boulevard de la République', 'rue Jules Ferry', 'rue du Général de Gaulle', 'rue des Acacias',
    'route de la Forêt', 'rue du Lavoir', 'rue de la Fontaine', 'rue des Jardins', 'rue du Four',
    'rue Saint-Martin', 'rue de Verdun', 'rue de la Liberté', 'rue des Prés', 'chemin du Bois',
    'rue Anatole France', 'rue des Rosiers', 'rue du Pont', 'rue de la Croix', 'rue des Cerisiers',
    'avenue de la Libération', 'rue Émile Zola', 'rue du Puits', 'rue de Bretagne', 'rue des Mésanges']) as v;

insert into secteur_regle (collectivite_id, niveau, code_insee, commune, code_postal, voie, debut, fin, parite, uai,
    secteur_unique, ligne)
select k.id,
       (array['maternelle', 'elementaire', 'college'])[1 + ((r / m.n) / 5) % 3],
       g.code, g.nom, g.cp, v.v,
       ((r / m.n) % 5) * 40 + 1, ((r / m.n) % 5) * 40 + 39, 'PI',
       case when ((r / m.n) / 5) % 3 = 2 and g.i < 25000 and (g.i + 35000) % 5 = 0
            then '8' || lpad((g.i + 35000)::text, 6, '0') || chr(65 + (g.i + 35000) % 26)
            else '8' || lpad(g.i::text, 6, '0') || chr(65 + g.i % 26) end,
       false, r + 2
from collectivite k
cross join lateral (select case when k.type = 'EPCI' then 10 else 1 end as n,
                           case when k.type = 'EPCI' then ((substring(k.slug from 5))::int - 4500) * 10 + 4500
                                else (substring(k.slug from 5))::int end as first) m
cross join generate_series(0, 199) as r
join gen_commune g on g.i = m.first + r % m.n
join gen_voie v on v.s = (r / m.n) / 5
where k.slug like 'gen-%';
commit;
analyze;
select (select count(*) from collectivite where slug like 'gen-%') as collectivites,
       (select count(*) from etablissement where uai like '8%') as etablissements,
       (select count(*) from secteur_regle) as regles,
       (select count(*) from local_value) as valeurs_locales,
       (select count(*) from fiche_version) as versions_de_fiches;
