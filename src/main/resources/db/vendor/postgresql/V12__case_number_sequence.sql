-- Case numbers of created assessments come from a sequence: no scan of the register for the highest number, and two
-- creates at once never get the same one. It starts after the highest case number already in the register; a bulk
-- load that writes case numbers itself moves it on afterwards (DemoRegister). PostgreSQL's form of H2's
-- db/vendor/h2/V12__case_number_sequence.sql (PostgreSQL cannot restart a sequence at the value of a query).
CREATE SEQUENCE case_number START WITH 100000;
SELECT setval('case_number', (SELECT COALESCE(MAX(CAST(case_id AS BIGINT)), 99999) + 1 FROM assessment), false);
