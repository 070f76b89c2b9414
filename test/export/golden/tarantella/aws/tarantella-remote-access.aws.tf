# Portolan AWS security group rule set: Tarantella remote access
# Generated 2025-01-15T09:30:00.000Z from the design's flow matrix.
# Owner: Network team
# Change ticket: CHG-1042
# Scope: every flow, firewall-relevant only. This file: all zones, 53 rule(s).
# Each rule names its flow matrix references (R001...), its purpose and the vendor document and section that require it.
# One security group per destination host: attach it to that host's network interface.
# Each file is a self-contained Terraform configuration; keep each in its own folder.

variable "vpc_id" {
  description = "The VPC the security groups belong to"
  type        = string
}

# Inbound to Tarantella server (tta1) in DMZ: 10.20.0.10
resource "aws_security_group" "dmz-tarantella-server-tta1" {
  name        = "portolan-dmz-tarantella-server-tta1"
  description = "Portolan: inbound flows to Tarantella server (tta1) in DMZ: 10.20.0.10"
  vpc_id      = var.vpc_id

  ingress {
    description = "R001: Used for client drive mapping services; the server binds to this port at start-up, whether or not client drive mapping services a... (Tarantella, Inc., What ports does Tarantella use , sec. Ports used for connections between Tarantella serv...)"
    from_port   = 139
    to_port     = 139
    protocol    = "tcp"
    cidr_blocks = ["10.30.0.20/32"]
  }

  ingress {
    description = "R002: Used to send print jobs from the application server to a Tarantella server. (Tarantella, Inc., What ports does Tarantella use , sec. Ports used for connections between Tarantella servers and application servers)"
    from_port   = 515
    to_port     = 515
    protocol    = "tcp"
    cidr_blocks = ["10.30.0.20/32"]
  }

  ingress {
    description = "R003: Used to connect X applications with the protocol engines running on the Tarantella server. (Tarantella, Inc., What ports does Tarantella use , sec. Ports used for connections between Tarantella servers and application servers)"
    from_port   = 6010
    to_port     = 6019
    protocol    = "tcp"
    cidr_blocks = ["10.30.0.20/32"]
  }

  ingress {
    description = "R004: Backup agent (site standard) (custom flow, no vendor reference)"
    from_port   = 9000
    to_port     = 9010
    protocol    = "tcp"
    cidr_blocks = ["10.30.0.20/32"]
  }

  ingress {
    description = "R005: Used for connections between the Tarantella load balancing service running on an application server and the primary Tarantella se... (Tarantella, Inc., What ports does Tarantella use , sec. Ports used for connections between Tarantella serv...)"
    from_port   = 3579
    to_port     = 3579
    protocol    = "udp"
    cidr_blocks = ["10.30.0.20/32"]
  }

  ingress {
    description = "R050: Standard, unencrypted HTTP requests and responses used to display webtops. (Tarantella, Inc., What ports does Tarantella use , sec. Ports used for connections between client devices and Tarantella servers)"
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R051: Secure, encrypted HTTPS requests and responses used to display webtops. (Tarantella, Inc., What ports does Tarantella use , sec. Ports used for connections between client devices and Tarantella servers)"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R052: Standard, unencrypted connections used for control and application display updates. (Tarantella, Inc., What ports does Tarantella use , sec. Ports used for connections between client devices and Tarantella servers)"
    from_port   = 3144
    to_port     = 3144
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R053: SSL-based secure, encrypted connections to Tarantella servers which are using the Tarantella Security Pack, used for control and... (Tarantella, Inc., What ports does Tarantella use , sec. Ports used for connections between client devices...)"
    from_port   = 5307
    to_port     = 5307
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  # AWS's default: Terraform would otherwise remove it from a group it creates.
  egress {
    description      = "Allow all outbound (AWS default)"
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  tags = {
    Name = "portolan-dmz-tarantella-server-tta1"
  }
}

# Inbound to Application server (apps1) in Core servers: 10.30.0.20
resource "aws_security_group" "core-servers-application-server-apps1" {
  name        = "portolan-core-servers-application-server-apps1"
  description = "Portolan: inbound flows to Application server (apps1) in Core servers: 10.30.0.20"
  vpc_id      = var.vpc_id

  ingress {
    description = "R006: Used to connect to X and character applications using Secure SHell (SSH). (Tarantella, Inc., What ports does Tarantella use , sec. Ports used for connections between Tarantella servers and application servers)"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.10/32"]
  }

  ingress {
    description = "R007: Used to connect to Windows applications configured to use the Windows Terminal Services protocol. (Tarantella, Inc., What ports does Tarantella use , sec. Ports used for connections between Tarantella servers and application servers)"
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.10/32"]
  }

  ingress {
    description = "R008: Used for connections between the primary Tarantella server and the Tarantella load balancing service running on an application se... (Tarantella, Inc., What ports does Tarantella use , sec. Ports used for connections between Tarantella serv...)"
    from_port   = 3579
    to_port     = 3579
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.10/32"]
  }

  # AWS's default: Terraform would otherwise remove it from a group it creates.
  egress {
    description      = "Allow all outbound (AWS default)"
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  tags = {
    Name = "portolan-core-servers-application-server-apps1"
  }
}

# Inbound to Directory (ldap1) in Core servers: 10.30.0.5
resource "aws_security_group" "core-servers-directory-ldap1" {
  name        = "portolan-core-servers-directory-ldap1"
  description = "Portolan: inbound flows to Directory (ldap1) in Core servers: 10.30.0.5"
  vpc_id      = var.vpc_id

  ingress {
    description = "R009: Used to authenticate users and/or provide webtop content using LDAP. (Tarantella, Inc., What ports does Tarantella use , sec. Ports used for connections between Tarantella servers and application servers)"
    from_port   = 389
    to_port     = 389
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.10/32"]
  }

  # AWS's default: Terraform would otherwise remove it from a group it creates.
  egress {
    description      = "Allow all outbound (AWS default)"
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  tags = {
    Name = "portolan-core-servers-directory-ldap1"
  }
}

# Inbound to Netlet array (netlet1) in DMZ: 10.20.0.11
resource "aws_security_group" "dmz-netlet-array-netlet1" {
  name        = "portolan-dmz-netlet-array-netlet1"
  description = "Portolan: inbound flows to Netlet array (netlet1) in DMZ: 10.20.0.11"
  vpc_id      = var.vpc_id

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4000
    to_port     = 4000
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4002
    to_port     = 4002
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4004
    to_port     = 4004
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4006
    to_port     = 4006
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4008
    to_port     = 4008
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4010
    to_port     = 4010
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4012
    to_port     = 4012
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4014
    to_port     = 4014
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4016
    to_port     = 4016
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4018
    to_port     = 4018
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4020
    to_port     = 4020
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4022
    to_port     = 4022
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4024
    to_port     = 4024
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4026
    to_port     = 4026
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4028
    to_port     = 4028
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4030
    to_port     = 4030
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4032
    to_port     = 4032
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4034
    to_port     = 4034
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4036
    to_port     = 4036
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4038
    to_port     = 4038
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4001
    to_port     = 4001
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4003
    to_port     = 4003
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4005
    to_port     = 4005
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4007
    to_port     = 4007
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4009
    to_port     = 4009
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4011
    to_port     = 4011
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4013
    to_port     = 4013
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4015
    to_port     = 4015
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4017
    to_port     = 4017
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4019
    to_port     = 4019
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4021
    to_port     = 4021
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4023
    to_port     = 4023
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4025
    to_port     = 4025
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4027
    to_port     = 4027
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4029
    to_port     = 4029
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4031
    to_port     = 4031
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4033
    to_port     = 4033
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4035
    to_port     = 4035
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4037
    to_port     = 4037
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  ingress {
    description = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella arra... (Tarantella, Inc., What ports does Tarantella use ,...)"
    from_port   = 4039
    to_port     = 4039
    protocol    = "tcp"
    cidr_blocks = ["10.10.0.0/16"]
  }

  # AWS's default: Terraform would otherwise remove it from a group it creates.
  egress {
    description      = "Allow all outbound (AWS default)"
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  tags = {
    Name = "portolan-dmz-netlet-array-netlet1"
  }
}
